import type { EditingContext, FieldErrors, WizardDraft } from './wizardModel';

/** What every wizard step gets: the draft, a way to change it, and the errors to show by field. */
export interface StepProps {
  draft: WizardDraft;
  update: (patch: Partial<WizardDraft>) => void;
  errors: FieldErrors;
  /** The stored profile's "is set" flags when editing; null when adding. */
  editing: EditingContext | null;
}

import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ConnectionTestReport, GstinProfileView, GstinSaveResult } from '../../shared/api/types';
import { ENVIRONMENTS } from '../../shared/irp/environments';
import { useDesk } from '../desk/DeskContext';
import { asDeskError } from '../desk/useLoad';
import { describeError } from '../shell/Notifier';
import { EnvironmentStep, IpStep } from './AccessSteps';
import { ConnectionReport } from './ConnectionReport';
import { CredentialsStep, PortalStep } from './CredentialSteps';
import { EnvironmentChip } from './EnvironmentChip';
import { GstinStep } from './GstinStep';
import {
  WIZARD_STEPS,
  draftFromProfile,
  editingContextOf,
  emptyDraft,
  practiceUserFor,
  stepOfField,
  toProfileInput,
  validateStep,
  type FieldErrors,
  type StepIndex,
  type WizardDraft,
} from './wizardModel';

const FORM_ID = 'gstin-wizard-form';
const LAST: StepIndex = 5;

export interface WizardProps {
  /** The profile being edited, or null to add a GSTIN. */
  editing: GstinProfileView | null;
  profiles: readonly GstinProfileView[];
  /** Starts an added profile with this GSTIN (a business already in the ledger). */
  initialGstin?: string;
  onClose: () => void;
  onSaved: (result: GstinSaveResult, withoutTest: boolean) => void;
}

/**
 * The registration wizard: the six steps of setting up API access for one GSTIN, ending in a
 * real connection test. Every step is a form, so Enter moves on; Back never loses what was typed.
 * Mounted fresh for each use, so a cancelled attempt leaves nothing behind.
 */
export function GstinWizard({ editing, profiles, initialGstin, onClose, onSaved }: WizardProps) {
  const api = useDesk();
  const [draft, setDraft] = useState<WizardDraft>(() =>
    editing ? draftFromProfile(editing) : { ...emptyDraft(), gstin: initialGstin ?? '' },
  );
  const [step, setStep] = useState<StepIndex>(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [report, setReport] = useState<ConnectionTestReport | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | 'save-untested' | null>(null);
  const context = editing ? editingContextOf(editing) : null;
  const env = ENVIRONMENTS[draft.environment];

  const update = (patch: Partial<WizardDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A report about other details would mislead.
    setReport(null);
    setOutcome(null);
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) delete next[key];
      if ('ips' in patch)
        for (const key of Object.keys(next)) if (key.startsWith('whitelistedIps')) delete next[key];
      if ('publicKey' in patch) delete next.encryptionPublicKeyPem;
      if ('signingCert' in patch) delete next.signingCertPem;
      if ('gspName' in patch) delete next['integration.gspName'];
      return next;
    });
  };

  const goTo = (target: StepIndex) => {
    // Entering the credentials of the built-in sandbox: start from its practice user.
    if (target >= 3 && draft.environment === 'builtin' && !draft.userName.trim()) {
      setDraft((d) => ({ ...d, userName: practiceUserFor(d.gstin) }));
    }
    setStep(target);
  };

  const next = () => {
    const found = validateStep(step, draft, context);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step < LAST) goTo((step + 1) as StepIndex);
  };

  /** A DeskError about a field goes next to that field, on its step. */
  const showError = (error: unknown) => {
    const desk = asDeskError(error);
    const target = stepOfField(desk.field);
    if (target !== null && desk.field) {
      setErrors({ [desk.field]: desk.message });
      setStep(target);
      return;
    }
    setOutcome(describeError(desk));
  };

  const test = async () => {
    setBusy('test');
    setOutcome(null);
    try {
      setReport(await api['gstin-test']({ draft: toProfileInput(draft) }));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const save = async (withoutTest: boolean) => {
    setBusy(withoutTest ? 'save-untested' : 'save');
    setOutcome(null);
    try {
      const result = await api['gstin-save']({ profile: toProfileInput(draft), withoutTest });
      if (result.saved) {
        onSaved(result, withoutTest);
        return;
      }
      setReport(result.report);
      setOutcome(
        'Nothing was saved: the connection test failed. Fix what is marked below, or save without testing.',
      );
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (step === LAST) void test();
    else next();
  };

  // Enter on a radio button moves on too, as it does in a text field.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type === 'radio') {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const stepProps = { draft, update, errors, editing: context };
  const title = editing ? `Edit API access for ${editing.gstin}` : 'Add a GSTIN';

  return (
    <Dialog
      open
      onClose={(_event, reason) => {
        // A stray click beside the dialog must not throw away typed credentials.
        if (reason !== 'backdropClick') onClose();
      }}
      aria-labelledby="gstin-wizard-title"
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id="gstin-wizard-title" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        {title}
        <Box sx={{ flexGrow: 1 }} />
        <EnvironmentChip isSandbox={env.isSandbox} label={env.label} />
      </DialogTitle>
      <DialogContent dividers>
        <Stepper activeStep={step} alternativeLabel sx={{ mb: 3 }} aria-label="Steps">
          {WIZARD_STEPS.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Box
          component="form"
          id={FORM_ID}
          noValidate
          onSubmit={onSubmit}
          onKeyDown={onKeyDown}
          aria-labelledby="gstin-wizard-step"
        >
          <Typography id="gstin-wizard-step" variant="h6" component="h2" gutterBottom>
            Step {step + 1} of {WIZARD_STEPS.length}: {WIZARD_STEPS[step]}
          </Typography>
          {step === 0 ? <GstinStep {...stepProps} profiles={profiles} /> : null}
          {step === 1 ? <EnvironmentStep {...stepProps} /> : null}
          {step === 2 ? <IpStep {...stepProps} /> : null}
          {step === 3 ? <PortalStep {...stepProps} /> : null}
          {step === 4 ? <CredentialsStep {...stepProps} /> : null}
          {step === 5 ? (
            <TestStep
              draft={draft}
              busy={busy}
              report={report}
              outcome={outcome}
              onTest={() => void test()}
            />
          ) : null}
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Box sx={{ flexGrow: 1 }} />
        {step > 0 ? (
          <Button onClick={() => setStep((step - 1) as StepIndex)} disabled={busy !== null}>
            Back
          </Button>
        ) : null}
        {step < LAST ? (
          <Button type="submit" form={FORM_ID} variant="contained">
            Next
          </Button>
        ) : (
          <>
            <Typography
              variant="body2"
              color="warning.main"
              sx={{ maxWidth: 300 }}
              id="save-untested-warning"
            >
              Saving without a test keeps the details unchecked: mistakes show up only when an invoice is
              sent.
            </Typography>
            <Button
              onClick={() => void save(true)}
              disabled={busy !== null}
              aria-describedby="save-untested-warning"
            >
              {busy === 'save-untested' ? 'Saving…' : 'Save without testing'}
            </Button>
            <Button variant="contained" onClick={() => void save(false)} disabled={busy !== null}>
              {busy === 'save' ? 'Testing and saving…' : 'Save'}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}

function TestStep({
  draft,
  busy,
  report,
  outcome,
  onTest,
}: {
  draft: WizardDraft;
  busy: string | null;
  report: ConnectionTestReport | null;
  outcome: string | null;
  onTest: () => void;
}) {
  const env = ENVIRONMENTS[draft.environment];
  const how = draft.integrationMode === 'gsp' ? `through ${draft.gspName.trim() || 'a GSP'}` : 'directly';
  return (
    <Box>
      <Typography>
        {draft.gstin.trim().toUpperCase()} on {env.label}, {how}, {draft.sync}, as API user{' '}
        <strong>{draft.userName.trim()}</strong>.
      </Typography>
      <Typography color="text.secondary" sx={{ my: 1 }}>
        The test checks that the IRP answers, signs in with the API user (never more than once), and reads
        this GSTIN from the IRP. Save tests again and saves only when the test passes.
      </Typography>
      <Button variant="outlined" disabled={busy !== null} onClick={onTest}>
        {busy === 'test' ? 'Testing…' : 'Test connection'}
      </Button>
      {outcome ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {outcome}
        </Alert>
      ) : null}
      {report ? <ConnectionReport report={report} /> : null}
    </Box>
  );
}

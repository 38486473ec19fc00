// The masters' request and view shapes cross to the renderer, so they live in shared/api.
export type {
  ItemListRequest,
  ItemSaveInput,
  ItemView,
  PartyDraft,
  PartyKind,
  PartyListRequest,
  PartyRefresh,
  PartySaveInput,
  PartyView,
} from '../../shared/api/masters';

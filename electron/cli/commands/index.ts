import type { Command } from '../command';
import { ewbCancelCommand, ewbGenerateCommand } from './ewb';
import { printCommand } from './print';
import { cancelCommand, generateCommand, listCommand, retryCommand } from './invoices';
import {
  gstinAddCommand,
  gstinListCommand,
  gstinRemoveCommand,
  gstinTestCommand,
  lookupCommand,
} from './gstin';
import { validateCommand } from './validate';

/** Every sub-command, in the order `einvoice-desk --help` lists them. */
export const COMMANDS: Command[] = [
  validateCommand,
  gstinAddCommand,
  gstinListCommand,
  gstinTestCommand,
  gstinRemoveCommand,
  lookupCommand,
  generateCommand,
  retryCommand,
  listCommand,
  cancelCommand,
  printCommand,
  ewbGenerateCommand,
  ewbCancelCommand,
];

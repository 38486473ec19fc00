import type { Command } from '../command';
import { validateCommand } from './validate';

/** Every sub-command, in the order `einvoice-desk --help` lists them. */
export const COMMANDS: Command[] = [validateCommand];

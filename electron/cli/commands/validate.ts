import { CliError, type Command } from '../command';

// Placeholder until the compliance core lands; replaced by the real validator.
export const validateCommand: Command = {
  name: ['validate'],
  summary: 'Check INV-01 invoice JSON without sending anything',
  usage: 'validate <file.json>',
  async run() {
    throw new CliError('validate is not available yet.');
  },
};

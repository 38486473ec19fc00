// The environment table is shared with the renderer (the wizard lists it); re-exported here for main-process code.
export * from '../../shared/irp/environments';

// Names of the stack's outputs that tools read (plain constants: no CDK import for the tools).

/** The Step Functions job `npm run reextract -- --stack NAME` starts (infra/reextract.ts). */
export const STATE_MACHINE_OUTPUT = 'ReextractStateMachineArn';

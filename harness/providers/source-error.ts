/** A problem with a generator's input (a document, a HAR, an upstream), located and with what to do. */
export class ProviderSourceError extends Error {
  constructor(message: string) {
    super(message.startsWith('brownout:') ? message : `brownout: ${message}`);
    this.name = 'ProviderSourceError';
  }
}

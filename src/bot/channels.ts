/**
 * What each channel reports about itself (connected, a QR code to scan, an error), for the admin
 * console and the staff commands. Adapters write here; the core never looks inside.
 */
export interface ChannelStatus {
  state: 'not-configured' | 'starting' | 'connected' | 'waiting-for-login' | 'error';
  detail?: string;
  /** Path of a QR code image in the data dir, when the channel waits for a scan. */
  qrCodeFile?: string;
  account?: string;
  updatedAt: string;
}

export class ChannelRegistry {
  private readonly statuses = new Map<string, ChannelStatus>();

  set(channel: string, status: Omit<ChannelStatus, 'updatedAt'>): void {
    this.statuses.set(channel, { ...status, updatedAt: new Date().toISOString() });
  }

  all(): Record<string, ChannelStatus> {
    return Object.fromEntries(this.statuses);
  }
}

/**
 * The running channels: what each reports about itself (connected, a QR code to scan, an error),
 * for the admin console and the staff commands, and how to reach a user on it outside a turn.
 * Adapters write here; the core never looks inside them.
 */
import type { Address, Delivery, ProactiveMessage, ProactiveSender } from './contract.js';

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
  private readonly senders = new Map<string, ProactiveSender>();

  set(channel: string, status: Omit<ChannelStatus, 'updatedAt'>): void {
    this.statuses.set(channel, { ...status, updatedAt: new Date().toISOString() });
  }

  all(): Record<string, ChannelStatus> {
    return Object.fromEntries(this.statuses);
  }

  /** A started channel offers proactive sends; returns the call that withdraws it on stop. */
  register(channel: ProactiveSender): () => void {
    this.senders.set(channel.name, channel);
    return () => {
      if (this.senders.get(channel.name) === channel) this.senders.delete(channel.name);
    };
  }

  /** Sends outside a turn; a channel that is not running here keeps the message pending. */
  async send(address: Address, message: ProactiveMessage): Promise<Delivery> {
    const channel = this.senders.get(address.channel);
    if (!channel) return { state: 'pending', detail: 'channel-not-running' };
    try {
      return await channel.send(address, message);
    } catch (error) {
      return { state: 'failed', detail: (error as Error).message };
    }
  }
}

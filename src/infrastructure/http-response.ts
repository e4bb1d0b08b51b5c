/**
 * A JSON response, as every route of the bot's HTTP server sends one (the web chat, the admin API,
 * a channel's webhook mounted on the same server).
 */
import type { ServerResponse } from 'node:http';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(JSON.stringify(body));
}

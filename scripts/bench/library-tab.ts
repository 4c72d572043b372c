/**
 * Chromium with the extension, driven over a bare DevTools connection (no Playwright), for
 * timing the library's first screen the way a user opens it: the popup's "Open library" is
 * `tabs.create({ url })`, here `Target.createTarget({ url })`, a new foreground tab.
 *
 * Why not Playwright for this: Playwright instruments every page it drives. In CDP traces of
 * the library opening, Chromium created a second JavaScript context (Playwright's utility
 * world) before parsing the HTML — 100+ ms on this machine that no user ever pays — and its
 * locator waits poll in animation frames. Here the tab is only read: one flat session, plain
 * `Runtime.evaluate` of the page's own timing entries, no agents enabled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BASE_ARGS, chromiumPath } from '../lib/chromium';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export interface RawTab {
  /** Evaluates an expression in the page (promises awaited); its value, JSON-serializable. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` (every `everyMs`) until it is truthy. */
  waitFor(expression: string, timeoutMs: number, everyMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface RawBrowser {
  extensionId: string;
  openTab(url: string): Promise<RawTab>;
  close(): Promise<void>;
}

/** The switches Playwright adds for its own headless runs that change timing (kept equal). */
const TIMING_ARGS = ['--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding', '--hide-scrollbars'];

export async function launchRaw(options: { userDataDir: string; extensionDir: string; width?: number; height?: number }): Promise<RawBrowser> {
  const portFile = path.join(options.userDataDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const args = [
    ...BASE_ARGS,
    ...TIMING_ARGS,
    '--headless',
    `--window-size=${options.width ?? 1280},${options.height ?? 900}`,
    `--user-data-dir=${options.userDataDir}`,
    '--remote-debugging-port=0',
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    'about:blank',
  ];
  const proc: ChildProcess = spawn(chromiumPath(), args, { stdio: 'ignore' });
  let ws: WebSocket | null = null;
  try {
    // Slow to start on a loaded machine: up to a minute.
    for (let i = 0; i < 1200 && !existsSync(portFile) && proc.exitCode === null; i++) await sleep(50);
    if (!existsSync(portFile)) throw new Error(`Chromium did not start (exit code ${proc.exitCode ?? 'none'}).`);
    await sleep(50);
    const [port, wsPath] = readFileSync(portFile, 'utf8').trim().split('\n');
    if (!port || !wsPath) throw new Error('Chromium did not open its DevTools port.');
    const socket = new WebSocket(`ws://127.0.0.1:${port}${wsPath}`);
    ws = socket;
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve());
      socket.addEventListener('error', () => reject(new Error('Could not connect to Chromium over DevTools.')));
    });
    let next = 0;
    const pending = new Map<number, { resolve(m: Message): void }>();
    socket.addEventListener('message', (ev) => {
      const m = JSON.parse(String(ev.data)) as Message;
      if (m.id !== undefined) pending.get(m.id)?.resolve(m);
      if (m.id !== undefined) pending.delete(m.id);
    });
    const send = async (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> => {
      const id = ++next;
      const reply = await new Promise<Message>((resolve) => {
        pending.set(id, { resolve });
        socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      });
      if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
      return reply.result ?? {};
    };

    // The viewport Playwright would give (headless windows keep room for a frame around it):
    // the window is resized by what the first tab's page lacks.
    const width = options.width ?? 1280;
    const height = options.height ?? 900;
    let first: { targetId: string } | undefined;
    for (let i = 0; i < 600 && !first; i++) {
      const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string }> };
      first = targetInfos.find((t) => t.type === 'page');
      if (!first) await sleep(50);
    }
    if (!first) throw new Error('Chromium opened no page.');
    {
      const { sessionId } = (await send('Target.attachToTarget', { targetId: first.targetId, flatten: true })) as { sessionId: string };
      const r = (await send('Runtime.evaluate', { expression: '[innerWidth, innerHeight]', returnByValue: true }, sessionId)) as { result: { value: [number, number] } };
      const [innerWidth, innerHeight] = r.result.value;
      const { windowId, bounds } = (await send('Browser.getWindowForTarget', { targetId: first.targetId })) as { windowId: number; bounds: { width: number; height: number } };
      await send('Browser.setWindowBounds', { windowId, bounds: { width: width + bounds.width - innerWidth, height: height + bounds.height - innerHeight } });
      await send('Target.detachFromTarget', { sessionId });
    }

    const extensionId = unpackedExtensionId(options.extensionDir);
    return {
      extensionId,
      async openTab(url) {
        const { targetId } = (await send('Target.createTarget', { url })) as { targetId: string };
        const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
        const evaluate = async <T>(expression: string): Promise<T> => {
          const r = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
            result: { value?: unknown };
            exceptionDetails?: { text: string };
          };
          if (r.exceptionDetails) throw new Error(`evaluate: ${r.exceptionDetails.text}`);
          return r.result.value as T;
        };
        return {
          evaluate,
          async waitFor(expression, timeoutMs, everyMs = 100) {
            const end = Date.now() + timeoutMs;
            for (;;) {
              // Before the library document commits, the tab's first (empty) document answers.
              if (await evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
              if (Date.now() > end) throw new Error(`Timed out waiting for ${expression}`);
              await sleep(everyMs);
            }
          },
          async close() {
            await send('Target.closeTarget', { targetId }).catch(() => undefined);
          },
        };
      },
      async close() {
        await send('Browser.close').catch(() => undefined);
        socket.close();
        await new Promise<void>((resolve) => {
          if (proc.exitCode !== null) resolve();
          else {
            proc.once('exit', () => resolve());
            setTimeout(() => {
              proc.kill();
              resolve();
            }, 5_000);
          }
        });
      },
    };
  } catch (e) {
    ws?.close();
    proc.kill();
    throw e;
  }
}

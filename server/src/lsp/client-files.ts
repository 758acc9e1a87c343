/**
 * The configuration (`.micicrc.json`) and ignore (`.micicignore`) files of a
 * workspace the server cannot read itself: in a browser (vscode.dev,
 * github.dev) the server runs in a web worker, with no file system, and the
 * plans live behind the editor's own file systems (a GitHub repository, a
 * remote machine). The server asks the client for each file with the
 * request `micic/readWorkspaceFile`, and the client reads it through
 * `vscode.workspace.fs` (client/src/workspace-files.ts).
 *
 * The lookup is the one the Node server makes on disk (workspace/config-files.ts,
 * workspace/discovery.ts): the nearest `.micicrc.json` in the plan's folder
 * or above it wins, whole; every `.micicignore` from the plan's folder up
 * counts, each relative to its own folder. It walks up to the workspace
 * folder that holds the plan (a browser has no parent folders to offer
 * beyond it), or to the URI's root for a plan outside every folder.
 *
 * The check is synchronous, so the files a plan needs are fetched before it
 * is checked (`prepare`), kept, and dropped when the client reports a change
 * to them.
 */
import ignore, { type Ignore } from "ignore";
import { URI, Utils } from "vscode-uri";
import { RequestType } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { ConfigError, CONFIG_FILE_NAME, parseConfig, settingsFor, type Config } from "../core/config";
import type { CheckSettings } from "../core/check";
import { micicConfig, micicRules } from "../workspace/micic-rules";
import { MAX_CONFIG_BYTES } from "../workspace/config-files";
import type { ServerContext } from "./context";
import { DiagnosticsPublisher } from "./diagnostics";
import type { MessageQueue } from "./message-queue";
import { PlanModels } from "./models";
import { defaultSettings, type EditorSettings } from "./settings";

export const IGNORE_FILE_NAME = ".micicignore";
/** As on disk (discovery.ts): an ignore file larger than this is no list of patterns. */
export const MAX_IGNORE_BYTES = 1024 * 1024;
/** Folders walked up from a plan at most: a URI's path could be any depth. */
const MAX_FOLDER_DEPTH = 32;

/** What the client answers: the file's text, that there is none, or why it cannot be read. */
export type WorkspaceFileAnswer = { text: string } | { missing: true } | { problem: string };

export interface ReadWorkspaceFileParams {
  uri: string;
  /** The client refuses a larger file rather than send it. */
  maxBytes: number;
}

export const ReadWorkspaceFileRequest = new RequestType<ReadWorkspaceFileParams, WorkspaceFileAnswer, void>("micic/readWorkspaceFile");

export type ReadWorkspaceFile = (params: ReadWorkspaceFileParams) => Promise<WorkspaceFileAnswer>;

export class ClientWorkspaceFiles {
  /** Each file asked for, by URI, as asked (the promise: two plans opened at once ask once). */
  private readonly asked = new Map<string, Promise<WorkspaceFileAnswer>>();
  /** Each file's answer once it came. */
  private readonly answers = new Map<string, WorkspaceFileAnswer>();
  private readonly configs = new Map<string, Config>();
  private readonly matchers = new Map<string, Ignore>();

  constructor(
    private readonly read: ReadWorkspaceFile,
    private readonly workspaceFolders: () => readonly string[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Fetches what a plan's check needs: the configuration and ignore files of its folders, and `configFile` if named. */
  async prepare(documentUri: string, configFile = ""): Promise<void> {
    const wanted = this.foldersOf(documentUri).flatMap((folder) => [join(folder, CONFIG_FILE_NAME), join(folder, IGNORE_FILE_NAME)]);
    const named = configFile ? this.namedConfigUri(documentUri, configFile) : undefined;
    if (named) wanted.push(named);
    await Promise.all(wanted.map((uri) => this.fetch(uri)));
  }

  /**
   * The configuration that applies to a plan (the named `configFile` when
   * the editor's `micic.configFile` gives one), or undefined when none does.
   * Throws ConfigError, as reading one from disk does.
   */
  configFor(documentUri: string, configFile = ""): Config | undefined {
    if (configFile) {
      const uri = this.namedConfigUri(documentUri, configFile);
      if (!uri) throw new ConfigError(`cannot read the configuration '${configFile}': the plan is in no folder it could be found from`);
      return this.configAt(uri, configFile);
    }
    for (const folder of this.foldersOf(documentUri)) {
      const uri = join(folder, CONFIG_FILE_NAME);
      const answer = this.answers.get(uri);
      // Whatever it is, a file of that name is the configuration: one that
      // cannot be read is refused, not passed over for one further up.
      if (answer && !("missing" in answer)) return this.configAt(uri, this.displayName(uri));
    }
    return undefined;
  }

  /** Whether a `.micicignore` in the plan's folder or a folder above it ignores the plan. */
  ignores(documentUri: string): boolean {
    const document = parse(documentUri);
    if (!document) return false;
    for (const folder of this.foldersOf(documentUri)) {
      const uri = join(folder, IGNORE_FILE_NAME);
      const answer = this.answers.get(uri);
      if (!answer || !("text" in answer)) continue;
      let matcher = this.matchers.get(uri);
      if (!matcher) this.matchers.set(uri, (matcher = ignore().add(answer.text)));
      const relative = document.path.slice(parse(folder)!.path.replace(/\/$/, "").length + 1);
      if (relative && matcher.ignores(relative)) return true;
    }
    return false;
  }

  /**
   * The client reported a change to a file: if it is one of ours, the next
   * `prepare` asks for it again (its old text serves until the new one
   * comes, so a check made meanwhile is no worse than before), and says so.
   */
  fileChanged(uri: string): boolean {
    const changed = parse(uri);
    if (!changed) return false;
    const key = changed.toString();
    const name = Utils.basename(changed);
    if (name !== CONFIG_FILE_NAME && name !== IGNORE_FILE_NAME && !this.asked.has(key)) return false;
    this.asked.delete(key);
    return true;
  }

  private fetch(uri: string): Promise<WorkspaceFileAnswer> {
    let asking = this.asked.get(uri);
    if (!asking) {
      const maxBytes = uri.endsWith(IGNORE_FILE_NAME) ? MAX_IGNORE_BYTES : MAX_CONFIG_BYTES;
      asking = this.read({ uri, maxBytes }).then(
        (answer) => (isAnswer(answer) ? answer : { problem: "the editor's answer was not understood" }),
        // A client that cannot read files (another editor's web client):
        // nothing is configured, as when no file is there.
        (error: unknown) => {
          this.log(`micic-plan: could not ask the editor for ${uri}: ${(error as Error)?.message ?? error}; it is taken as absent`);
          return { missing: true } as const;
        },
      );
      this.asked.set(uri, asking);
      void asking.then((answer) => {
        // Kept unless the file changed (and was asked for again) meanwhile.
        if (this.asked.get(uri) !== asking) return;
        this.answers.set(uri, answer);
        this.configs.delete(uri);
        this.matchers.delete(uri);
      });
    }
    return asking;
  }

  private configAt(uri: string, name: string): Config {
    const answer = this.answers.get(uri);
    if (!answer || "missing" in answer) throw new ConfigError(`cannot read the configuration '${name}': no such file`);
    if ("problem" in answer) throw new ConfigError(`cannot read the configuration '${name}': ${answer.problem}`);
    let config = this.configs.get(uri);
    if (!config) this.configs.set(uri, (config = parseConfig(answer.text, name, micicConfig)));
    return config;
  }

  /** `micic.configFile` as a URI: an absolute one as it is, a relative one from the plan's workspace folder. */
  private namedConfigUri(documentUri: string, configFile: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]+:/i.test(configFile)) return normalize(configFile);
    const base = this.rootOf(documentUri) ?? this.foldersOf(documentUri)[0];
    if (!base) return undefined;
    const baseUri = parse(base)!;
    return configFile.startsWith("/") ? baseUri.with({ path: configFile }).toString() : Utils.resolvePath(baseUri, configFile).toString();
  }

  /** A file as messages name it: its path in the workspace folder, else its URI. */
  private displayName(uri: string): string {
    const root = this.rootOf(uri);
    return root ? parse(uri)!.path.slice(parse(root)!.path.replace(/\/$/, "").length + 1) : uri;
  }

  /** The workspace folder that holds a URI, if any (the innermost). */
  private rootOf(uri: string): string | undefined {
    const target = parse(uri);
    if (!target) return undefined;
    let best: URI | undefined;
    for (const folder of this.workspaceFolders()) {
      const root = parse(folder);
      if (!root || root.scheme !== target.scheme || root.authority !== target.authority) continue;
      const rootPath = root.path.replace(/\/$/, "");
      if (target.path.startsWith(`${rootPath}/`) && (!best || rootPath.length > best.path.length)) best = root.with({ path: rootPath });
    }
    return best?.toString();
  }

  /** The folders whose files apply to a plan: its own, then each above it up to its workspace folder. */
  private foldersOf(documentUri: string): string[] {
    const document = parse(documentUri);
    // An untitled plan, a notebook cell: no folder, nothing configured.
    if (!document || !document.path.startsWith("/") || document.scheme === "untitled") return [];
    const root = this.rootOf(documentUri);
    const rootPath = root ? parse(root)!.path : "";
    const folders: string[] = [];
    let folder = Utils.dirname(document);
    for (let depth = 0; depth < MAX_FOLDER_DEPTH; depth++) {
      folders.push(folder.toString());
      if (folder.path === rootPath || folder.path === "/" || folder.path.length < rootPath.length) break;
      folder = Utils.dirname(folder);
    }
    return folders;
  }
}

/**
 * The plan models of a server that reads its configuration through the
 * client: the same check, with the configuration found by
 * ClientWorkspaceFiles instead of on disk.
 */
export class ClientConfiguredModels extends PlanModels {
  constructor(
    private readonly files: ClientWorkspaceFiles,
    private readonly settingsOfDocument: (uri: string) => EditorSettings | undefined,
  ) {
    super(settingsOfDocument);
  }

  override settingsFor(uri: string): { settings: CheckSettings; problem?: string } {
    const editor = this.settingsOfDocument(uri) ?? defaultSettings();
    let config: Config | undefined;
    let problem: string | undefined;
    try {
      config = this.files.configFor(uri, editor.configFile);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problem = error.message;
    }
    const locale = editor.locale || this.displayLocale;
    return { settings: { ...settingsFor(micicRules, config, { rules: editor.rules }), locale }, problem };
  }
}

/** Diagnostics that honour the `.micicignore` files the client sent, whatever the plan's URI scheme. */
export class ClientIgnoringDiagnostics extends DiagnosticsPublisher {
  constructor(
    private readonly files: ClientWorkspaceFiles,
    private readonly serverContext: ServerContext,
    queue: MessageQueue,
  ) {
    super(serverContext, queue);
  }

  override publish(document: TextDocument): void {
    if (this.serverContext.settingsOf(document.uri).enable && this.files.ignores(document.uri)) {
      void this.serverContext.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    super.publish(document);
  }
}

function parse(uri: string): URI | undefined {
  try {
    return URI.parse(uri, true);
  } catch {
    return undefined;
  }
}

/** The client's spelling of a URI (vscode-uri's, as VS Code's own). */
function normalize(uri: string): string {
  return parse(uri)?.toString() ?? uri;
}

function join(folder: string, name: string): string {
  return Utils.joinPath(parse(folder)!, name).toString();
}

function isAnswer(value: unknown): value is WorkspaceFileAnswer {
  const v = value as Record<string, unknown> | null;
  return typeof v === "object" && v !== null && (typeof v.text === "string" || v.missing === true || typeof v.problem === "string");
}

// Type declarations of pg-polar, the Oso Cloud client API over pg_polar on node-postgres.
// The same API as the Python client (clients/python), named in camelCase.

/** A Polar value: an entity (`new Value("User", "alice")`) or a typed primitive
 *  (`Value("String", "member")`, `Value("Integer", "42")`, `Value("Boolean", "true")`).
 *  Ids of any type are stored as their text: `new Value("Repo", 7).id === "7"`. */
export class Value {
  constructor(type: string, id: string | number | bigint | boolean);
  readonly type: string;
  readonly id: string;
  /** string, number (bigint beyond 2^53) or boolean for a primitive; the Value itself for an entity. */
  toJS(): string | number | bigint | boolean | Value;
  /** "Type:id" */
  toString(): string;
  equals(other: unknown): boolean;
}

/** A pattern matching any value of exactly one type (Oso Cloud's ValueOfType): 'Type:_'. */
export class ValueOfType {
  constructor(type: string);
  readonly type: string;
  toString(): string;
}

/** The wildcard: in a pattern it matches every value (like null/undefined); in query() results
 *  it is a position the policy leaves open ("every value"). */
export const ANY: { readonly [Symbol.toStringTag]: "ANY"; toString(): "*" };
export type Wildcard = typeof ANY;

/** Anything with string `type` and an `id` (an ORM model, `{type: "User", id: 1}`). */
export interface Typed {
  readonly type: string;
  readonly id: string | number | bigint | boolean | { toString(): string };
}

/** What the client accepts where a value goes. Numbers must be integers (Polar Integer). */
export type ValueLike = Value | Typed | string | number | bigint | boolean;
/** In patterns (get, query, delete, bulkDelete, batch deletes) also null/undefined/ANY and ValueOfType. */
export type PatternArg = ValueLike | ValueOfType | Wildcard | null | undefined;

/** A fact as given: [predicate, ...args], or `{predicate, args}` / `{name, args}` (Oso Cloud v1). */
export type FactLike =
  | readonly [string, ...ValueLike[]]
  | { readonly predicate: string; readonly args: readonly ValueLike[] }
  | { readonly name: string; readonly args: readonly ValueLike[] };
export type PatternLike =
  | readonly [string, ...PatternArg[]]
  | { readonly predicate: string; readonly args: readonly PatternArg[] }
  | { readonly name: string; readonly args: readonly PatternArg[] };

/** A fact as get() and query() return it; query() args are ANY where the policy leaves a position open. */
export interface Fact {
  predicate: string;
  args: Array<Value | Wildcard>;
}

export type ContextFacts = Iterable<FactLike> | null | undefined;
/** A resource type: "Repo", or anything with a string `type` (a Value, a model class). */
export type TypeLike = string | { readonly type: string };

/** A boolean SQL expression with $n placeholders and their values. `$n` numbering starts at
 *  `firstParam` (default 1) so it composes with the caller's own parameters:
 *
 *      const f = oso.listQuery(user, "view", "Repo", "repositories.id", { firstParam: 2 });
 *      await client.query(`SELECT * FROM repositories WHERE org_id = $1 AND ${f.sql}`, [orgId, ...f.params]);
 */
export class SqlFragment {
  readonly sql: string;
  readonly params: unknown[];
  toString(): string;
}

export interface FragmentOptions {
  /** The number of the fragment's first placeholder ($firstParam); default 1. */
  firstParam?: number;
  contextFacts?: ContextFacts;
}

export interface AuthorizeQueryOptions extends FragmentOptions {
  /** With column, `resource` is a type name and the check is on the row's own id. */
  column?: string;
}

export interface PolicyOptions {
  filename?: string | null;
  force?: boolean;
}

/** Inserts and deletes collected in order and applied by one polar.batch() call. */
export class Batch {
  insert(fact: FactLike): void;
  insert(predicate: string, ...args: ValueLike[]): void;
  tell(fact: FactLike): void;
  tell(predicate: string, ...args: ValueLike[]): void;
  delete(pattern: PatternLike): void;
  delete(predicate: string, ...args: PatternArg[]): void;
  /** The polar.batch() argument collected so far. */
  readonly changes: Array<{ inserts?: unknown[][]; deletes?: unknown[][] }>;
}

/** Something with node-postgres' query(text, values): a pg.Client, a pg.PoolClient or a pg.Pool. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}
/** A pg.Pool (anything with connect() resolving to a client with release()). */
export interface PoolLike extends Queryable {
  connect(): Promise<Queryable & { release(err?: unknown): void }>;
}

export class Oso {
  /** `new Oso(client)` runs every call on that pg.Client/PoolClient, in whatever transaction it
   *  is in (the client never commits it); `new Oso(pool)` runs each call on the pool (each call
   *  commits on its own). */
  constructor(poolOrClient: Queryable | PoolLike);

  /** The same client on the application's connection: its checks run in that transaction and
   *  see rows and facts written there a moment ago. */
  withConnection(client: Queryable): Oso;
  /** Runs fn in a transaction (a savepoint when the bound client already is in one), committed
   *  when fn resolves and rolled back when it rejects; fn gets a client bound to it. */
  transaction<T>(fn: (oso: Oso) => Promise<T> | T): Promise<T>;

  // Checks. A null/undefined actor or resource rejects with ValueConversionError (as Oso's clients).
  authorize(actor: ValueLike, action: string, resource: ValueLike, contextFacts?: ContextFacts): Promise<boolean>;
  /** Ids of the resources of resourceType the actor may do action on (["*"]: all of them). */
  list(actor: ValueLike, action: string, resourceType: TypeLike, contextFacts?: ContextFacts): Promise<string[]>;
  /** Every action the actor may do on resource, sorted. */
  actions(actor: ValueLike, resource: ValueLike, contextFacts?: ContextFacts): Promise<string[]>;
  /** authorize() per resource, in order, in one round trip (polar.authorize_ids). */
  authorizeMany(actor: ValueLike, action: string, resources: readonly ValueLike[], contextFacts?: ContextFacts): Promise<boolean[]>;
  /** The resources (the objects passed in, in order) the actor may do action on. */
  authorizeResources<T extends ValueLike>(actor: ValueLike, action: string, resources: readonly T[], contextFacts?: ContextFacts): Promise<T[]>;
  /** actions() per resource, in order, in one round trip (polar.actions_many). */
  actionsMany(actor: ValueLike, resources: readonly ValueLike[], contextFacts?: ContextFacts): Promise<string[][]>;
  /** Every derivable fact matching the pattern, args as Values (ANY for open positions). */
  query(fact: PatternLike): Promise<Fact[]>;
  query(predicate: string, ...args: PatternArg[]): Promise<Fact[]>;
  /** Why a check is allowed or denied: polar.explain's JSON (a derivation tree). */
  explain(actor: ValueLike, action: string, resource: ValueLike, contextFacts?: ContextFacts): Promise<Record<string, any>>;
  /** explain() as indented lines. */
  explainText(actor: ValueLike, action: string, resource: ValueLike, contextFacts?: ContextFacts): Promise<string>;

  // Facts
  tell(fact: FactLike): Promise<void>;
  tell(predicate: string, ...args: ValueLike[]): Promise<void>;
  /** Oso Cloud v2's name for tell. */
  insert(fact: FactLike): Promise<void>;
  insert(predicate: string, ...args: ValueLike[]): Promise<void>;
  /** Stores many facts in one statement, all or nothing; resolves to how many were new. */
  bulkTell(facts: Iterable<FactLike>): Promise<number>;
  /** Deletes every stored fact matching the pattern; resolves to how many. */
  delete(pattern: PatternLike): Promise<number>;
  delete(predicate: string, ...args: PatternArg[]): Promise<number>;
  bulkDelete(patterns: Iterable<PatternLike>): Promise<number>;
  /** A transactional block of inserts and deletes applied by one polar.batch call when fn
   *  resolves; nothing is applied when fn throws or rejects. */
  batch(fn: (tx: Batch) => void | Promise<void>): Promise<void>;
  /** Stored facts matching the pattern (the predicate may be null), args as Values. */
  get(fact?: PatternLike): Promise<Fact[]>;
  get(predicate: string | null, ...args: PatternArg[]): Promise<Fact[]>;

  // Policy
  /** Validates, tests and loads a policy (all or nothing); resolves to its version. */
  policy(source: string, options?: PolicyOptions): Promise<number>;
  /** {resources: {Repo: {roles: [...], permissions: [...], relations: {...}}, ...}} */
  policyMetadata(): Promise<{ resources: Record<string, { roles: string[]; permissions: string[]; relations: Record<string, string> }> } & Record<string, any>>;
  /** Oso Cloud's name for policyMetadata. */
  getPolicyMetadata(): ReturnType<Oso["policyMetadata"]>;

  // Filtering inside the application's own queries
  /** A WHERE condition: column (e.g. "repositories.id") is an id the actor may do action on. */
  listQuery(actor: ValueLike, action: string, resourceType: TypeLike, column: string, options?: FragmentOptions): SqlFragment;
  /** A boolean SQL expression for authorize() of one resource, or with {column} of the row's own id. */
  authorizeQuery(actor: ValueLike, action: string, resource: ValueLike | TypeLike, options?: AuthorizeQueryOptions): SqlFragment;
}

/** 1-based line and column in a policy source (and the file, when named). */
export class Position {
  constructor(line: number, column: number, filename?: string | null);
  readonly line: number;
  readonly column: number;
  readonly filename: string | null;
  toString(): string;
}

/** Base of every error the client throws; the driver's error is `cause`. */
export class PolarError extends Error {
  constructor(message: string, options?: { sqlstate?: string | null; hint?: string | null; detail?: string | null; position?: Position | null; cause?: unknown });
  /** The SQLSTATE pg_polar reported (null for errors found in the client). */
  readonly sqlstate: string | null;
  readonly hint: string | null;
  readonly detail: string | null;
  /** Parsed from the message ("file:line:column: ..."), or null. */
  readonly position: Position | null;
}
export class PolicyError extends PolarError {}
/** 42601 */ export class PolicySyntaxError extends PolicyError {}
/** 42P17 */ export class InvalidPolicyError extends PolicyError {}
/** 23514 */ export class PolicyTestFailedError extends PolicyError {}
export class FactError extends PolarError {}
/** 22P02 / 22004 */ export class InvalidValueError extends FactError {}
/** A JS value the client cannot convert (null where a value is needed, no type/id); thrown before anything is sent. */
export class ValueConversionError extends InvalidValueError {}
/** 22023 */ export class InvalidArgumentError extends FactError {}
/** 42704 with "is not used in policy" */ export class UnknownPredicateError extends FactError {}
/** 42804 */ export class WrongTypeError extends FactError {}
/** 42804 with "type '...' is not used in policy" */ export class UnknownTypeError extends WrongTypeError {}
/** 42704 otherwise */ export class UndefinedObjectError extends PolarError {}
/** 54001 */ export class TooComplexError extends PolarError {}
/** anything else from the database or the driver */ export class DatabaseError extends PolarError {}

// Type-checked (tsc -p test/types, in the node_client suite), never run: the API as a
// TypeScript application uses it, and misuses index.d.ts must reject (@ts-expect-error fails
// the check when the line it marks compiles).
import * as pg from "pg";
import {
  ANY,
  Batch,
  Fact,
  Oso,
  PolarError,
  PolicySyntaxError,
  Position,
  SqlFragment,
  UnknownTypeError,
  Value,
  ValueConversionError,
  ValueOfType,
} from "../..";

class Repo {
  static readonly type = "Repo";
  constructor(readonly id: number, readonly name: string) {}
  get type(): string {
    return "Repo";
  }
}

export async function example(pool: pg.Pool): Promise<void> {
  const oso = new Oso(pool);
  const alice = new Value("User", "alice");
  const repo = new Repo(1, "anvil");

  const ok: boolean = await oso.authorize(alice, "view", repo);
  const ok2: boolean = await oso.authorize({ type: "User", id: 7 }, "view", { type: "Repo", id: "1" }, [["has_role", alice, "member", repo]]);
  const ids: string[] = await oso.list(alice, "view", "Repo");
  const ids2: string[] = await oso.list(alice, "view", Repo);
  const acts: string[] = await oso.actions(alice, repo);
  const many: boolean[] = await oso.authorizeMany(alice, "view", [repo, alice]);
  const allowed: Repo[] = await oso.authorizeResources(alice, "view", [repo]);
  const actsMany: string[][] = await oso.actionsMany(alice, [repo]);
  await oso.tell("has_role", alice, "member", repo);
  await oso.tell(["has_role", alice, "member", { type: "Org", id: 1 }]);
  await oso.insert(["seats", repo, 42]);
  const n: number = await oso.bulkTell([["has_role", alice, "member", repo], { predicate: "is_public", args: [repo, true] }]);
  const d: number = await oso.delete("has_role", alice, null, new ValueOfType("Org"));
  const d2: number = await oso.bulkDelete([["has_role", ANY, undefined, repo]]);
  await oso.batch((tx: Batch) => {
    tx.insert(["has_role", alice, "member", repo]);
    tx.delete("has_role", alice, null, null);
  });
  await oso.batch(async (tx) => tx.tell("has_role", alice, "reader", repo));
  const facts: Fact[] = await oso.get("has_role", alice, null, null);
  const everything: Fact[] = await oso.get(null, repo, null);
  const first = facts[0].args[0];
  if (first instanceof Value) {
    const js: string | number | bigint | boolean | Value = first.toJS();
    void js;
  }
  const derived: Fact[] = await oso.query("allow", null, "view", repo);
  const version: number = await oso.policy("actor User {}", "p.polar", false);
  const version2: number = await oso.policy("actor User {}", { filename: "p.polar", force: true });
  const meta = await oso.policyMetadata();
  const roles: string[] = meta.resources["Repo"].roles;
  const why: Record<string, any> = await oso.explain(alice, "view", repo);
  const whyText: string = await oso.explainText(alice, "view", repo);

  const f: SqlFragment = oso.listQuery(alice, "view", "Repo", "r.id", { firstParam: 2 });
  const f2: SqlFragment = oso.listQuery(alice, "view", "Repo", "r.id", [["has_role", alice, "member", repo]]);
  const g: SqlFragment = oso.authorizeQuery(alice, "view", "Repo", { column: "r.id" });
  const g2: SqlFragment = oso.authorizeQuery(alice, "view", repo);
  const rows = await pool.query(`SELECT * FROM repositories r WHERE r.org_id = $1 AND ${f.sql}`, [1, ...f.params]);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const tx: Oso = oso.withConnection(client);
    await tx.tell("has_role", alice, "member", repo);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  const result: string = await oso.transaction(async (tx) => {
    await tx.tell("has_role", alice, "member", repo);
    return "done";
  });
  new Oso(new pg.Client());

  try {
    await oso.policy("bad");
  } catch (err) {
    if (err instanceof PolicySyntaxError) {
      const pos: Position | null = err.position;
      const state: string | null = err.sqlstate;
      const hint: string | null = err.hint;
      void [pos?.line, pos?.column, pos?.filename, state, hint];
    }
    const isPolar: boolean = err instanceof PolarError && err instanceof Error;
    const isConv: boolean = err instanceof ValueConversionError || err instanceof UnknownTypeError;
    void [isPolar, isConv];
  }

  // Misuses the declarations must refuse:
  // @ts-expect-error a resource is required
  await oso.authorize(alice, "view");
  // @ts-expect-error list takes a type, not a number
  await oso.list(alice, "view", 42);
  // @ts-expect-error an object without id is not a value
  await oso.authorize({ type: "User" }, "view", repo);
  // @ts-expect-error wildcards only in patterns
  await oso.tell("has_role", ANY, "member", repo);
  // @ts-expect-error authorize resolves to a boolean
  const notString: string = await oso.authorize(alice, "view", repo);
  // @ts-expect-error the constructor takes a pg client or pool
  new Oso("postgres://localhost");
  // @ts-expect-error Value is readonly
  alice.id = "bob";

  void [ok, ok2, ids, ids2, acts, many, allowed, actsMany, n, d, d2, everything, derived, version, version2, roles, why, whyText, f2, g, g2, rows, result, notString];
}

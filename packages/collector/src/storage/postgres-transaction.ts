// Clients and transactions on a node-postgres pool, for the PostgreSQL storage (postgres.ts) and
// its group commit (postgres-append.ts).
import type pg from 'pg';

/**
 * Takes a client from the pool for a series of queries. A connection that breaks between them
 * makes the client emit an error, which would end the process if no one listened: it is noted
 * here, and the client is thrown away instead of going back to the pool (as with `broken`).
 */
export async function checkOut(pool: pg.Pool): Promise<{ client: pg.PoolClient; release(broken?: Error): void }> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const noteLoss = (error: Error) => {
    lost = error;
  };
  client.on('error', noteLoss);
  return {
    client,
    release(broken) {
      client.off('error', noteLoss);
      client.release(broken ?? lost);
    },
  };
}

/**
 * Runs `work` on a client of its own inside a transaction that `begin` opens (BEGIN, perhaps
 * followed by settings and first queries, whose results `work` gets), committing after it or
 * rolling back if it throws.
 */
export async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient, begun: pg.QueryResult[]) => Promise<T>): Promise<T> {
  const { client, release } = await checkOut(pool);
  let broken: Error | undefined;
  try {
    // A query of several statements answers with one result for each.
    const begun = [await client.query(begin)].flat() as pg.QueryResult[];
    const result = await work(client, begun);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A client whose connection failed is thrown away instead of going back to the pool.
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    release(broken);
  }
}

/**
 * The public register's storage: where the published record of who pledged what, who paid what and
 * who was relocated is kept so that it can only grow. Plain JDBC on the tables of the server's
 * migrations {@code V5__public_register.sql} and {@code V10__register_tiles.sql}, in the SQL that
 * H2 and PostgreSQL share, around the Merkle-tree arithmetic of {@code org.pactum.core.register}.
 * The server runs it inside its Spring transactions; the benchmark runs exactly the same statements,
 * so that the throughput it reports is the throughput the register has.
 */
package org.pactum.register.jdbc;

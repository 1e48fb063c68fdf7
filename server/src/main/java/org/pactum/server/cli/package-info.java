/**
 * The {@code pactum} command: starts the service, and lets an analyst or administrator do batch
 * work from a terminal or a scheduled script, such as importing a publisher's newer edition of a
 * series. It also lets anyone outside (an evaluator, a parliament, a journalist) check the public
 * register with {@code pactum verify-log}, over the register's public API and with nothing but a
 * pinned key and a state file. Errors name the file, line and field and end with exit code 2.
 */
package org.pactum.server.cli;

/**
 * The {@code pactum} command: starts the service, and lets an analyst or administrator do batch
 * work from a terminal or a scheduled script, such as importing a publisher's newer edition of a
 * series. Errors name the file, line and field and end with exit code 2.
 */
package org.pactum.server.cli;

/**
 * Shared conventions that every capability speaks: how a long list is cut into pages, how a
 * missing record or a malformed request is reported (RFC 9457 problem details) so that a
 * negotiator's tool or a journalist's script always gets a clear answer.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.pactum.server.support;

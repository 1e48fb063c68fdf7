package org.pactum.register.jdbc;

import java.util.Objects;
import org.pactum.core.register.Hash;
import org.pactum.core.register.SignedTreeHead;

/** A signed tree head as kept in the history, with the id of the key that signed it. */
public record StoredTreeHead(SignedTreeHead signedTreeHead, Hash keyId) {

    public StoredTreeHead {
        Objects.requireNonNull(signedTreeHead, "signedTreeHead");
        Objects.requireNonNull(keyId, "keyId");
    }

    public long treeSize() {
        return signedTreeHead.treeHead().treeSize();
    }
}

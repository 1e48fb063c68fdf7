package org.pactum.core.register;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent oracle: the recursive definitions of RFC 9162 sections 2.1.1 (MTH), 2.1.3.1
 * (PATH) and 2.1.4.1 (PROOF, SUBPROOF) transcribed over the full list of leaves, hashing with the
 * JDK's SHA-256 directly. Slow and obvious on purpose; it shares no code with the register.
 */
final class ReferenceTree {

    private final List<byte[]> leaves;

    ReferenceTree(List<byte[]> leaves) {
        this.leaves = List.copyOf(leaves);
    }

    Hash leafHash(int index) {
        return new Hash(sha256(new byte[] {0x00}, leaves.get(index)));
    }

    Hash root(int n) {
        return new Hash(mth(0, n));
    }

    /** PATH(m, D[n]). */
    List<Hash> inclusionPath(int m, int n) {
        List<Hash> path = new ArrayList<>();
        path(m, 0, n, path);
        return path;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true), for 0 &lt; m &lt; n. */
    List<Hash> consistencyPath(int m, int n) {
        List<Hash> proof = new ArrayList<>();
        subproof(m, 0, n, true, proof);
        return proof;
    }

    // MTH(D[from:to])
    private byte[] mth(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[] {0x00}, leaves.get(from));
        }
        int k = largestPowerOfTwoBelow(n);
        return sha256(new byte[] {0x01}, mth(from, from + k), mth(from + k, to));
    }

    // PATH(m, D[from:to]) with m relative to from
    private void path(int m, int from, int to, List<Hash> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, from, from + k, out);
            out.add(new Hash(mth(from + k, to)));
        } else {
            path(m - k, from + k, to, out);
            out.add(new Hash(mth(from, from + k)));
        }
    }

    // SUBPROOF(m, D[from:to], b)
    private void subproof(int m, int from, int to, boolean b, List<Hash> out) {
        int n = to - from;
        if (m == n) {
            if (!b) {
                out.add(new Hash(mth(from, to)));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, b, out);
            out.add(new Hash(mth(from + k, to)));
        } else {
            subproof(m - k, from + k, to, false, out);
            out.add(new Hash(mth(from, from + k)));
        }
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

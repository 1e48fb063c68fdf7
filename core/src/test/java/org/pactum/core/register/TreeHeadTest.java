package org.pactum.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The signed statement of the register: its byte layout, its Ed25519 signature, its keys. */
class TreeHeadTest {

    private static final HexFormat HEX = HexFormat.of();

    // RFC 8032 section 7.1, TEST 1 and TEST 2
    private static final String TEST1_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String TEST1_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String TEST1_SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    private static final String TEST2_SECRET = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    private static final String TEST2_PUBLIC = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private static final String TEST2_SIGNATURE = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    // RFC 8410: DER prefixes of an Ed25519 PKCS#8 private key and SubjectPublicKeyInfo
    private static final String PKCS8_PREFIX = "302e020100300506032b657004220420";
    private static final String SPKI_PREFIX = "302a300506032b6570032100";

    private final TreeHead head = new TreeHead(
            8, Instant.parse("2023-11-14T22:13:20.123456Z"), CtVectors.root(8));

    @Test
    void theSigningBytesAreTheDocumentedLayout() {
        String expected = "70616374756d2d747265652d686561642d7631" // "pactum-tree-head-v1"
                + "00"
                + "0000018bcfe5687b" // 1700000000123 ms = 2023-11-14T22:13:20.123Z
                + "0000000000000008" // tree size 8
                + "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
        assertThat(HEX.formatHex(head.signingBytes())).isEqualTo(expected);
        assertThat(head.signingBytes()).hasSize(TreeHead.SIGNING_LENGTH);
        assertThat(head.timestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
    }

    @Test
    void theSigningBytesReadBackAsTheSameHead() {
        assertThat(TreeHead.fromSigningBytes(head.signingBytes())).isEqualTo(head);
        byte[] otherContext = head.signingBytes();
        otherContext[0] = 'P';
        assertThatThrownBy(() -> TreeHead.fromSigningBytes(otherContext)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHead.fromSigningBytes(new byte[67])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeadIsOnlyWhatCanBeSigned() {
        assertThatThrownBy(() -> new TreeHead(-1, Instant.EPOCH, CtVectors.root(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreeHead(1, Instant.EPOCH.minusMillis(1), CtVectors.root(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreeHead(1, Instant.MAX, CtVectors.root(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedHeadVerifiesWithTheRegisterKeyOnly() {
        KeyPair register = RegisterKeys.generate();
        SignedTreeHead signed = new TreeHeadSigner(register.getPrivate()).sign(head);
        assertThat(signed.signature()).hasSize(64);
        assertThat(signed.verify(register.getPublic())).isTrue();
        assertThat(signed.verify(RegisterKeys.generate().getPublic())).isFalse();
    }

    @Test
    void anyChangeToTheHeadOrTheSignatureIsCaught() {
        KeyPair register = RegisterKeys.generate();
        SignedTreeHead signed = new TreeHeadSigner(register.getPrivate()).sign(head);
        PublicKey key = register.getPublic();
        TreeHead larger = new TreeHead(9, head.timestamp(), head.rootHash());
        TreeHead later = new TreeHead(8, head.timestamp().plusMillis(1), head.rootHash());
        TreeHead otherRoot = new TreeHead(8, head.timestamp(), Tampering.flipBit(head.rootHash(), 255));
        for (TreeHead forged : new TreeHead[] {larger, later, otherRoot}) {
            assertThat(new SignedTreeHead(forged, signed.signature()).verify(key)).isFalse();
        }
        for (int bit = 0; bit < 512; bit += 37) {
            assertThat(new SignedTreeHead(head, Tampering.flipBit(signed.signature(), bit)).verify(key)).isFalse();
        }
    }

    @Test
    void signingIsDeterministicAsRfc8032Requires() {
        PrivateKey key = RegisterKeys.privateKeyFromBase64(base64(PKCS8_PREFIX + TEST1_SECRET));
        SignedTreeHead once = new TreeHeadSigner(key).sign(head);
        assertThat(new TreeHeadSigner(key).sign(head)).isEqualTo(once);
    }

    @Test
    void keysWrittenAsTheRfcsDescribeThemLoadAndCheckTheRfc8032Vectors() throws Exception {
        PublicKey public1 = RegisterKeys.publicKeyFromBase64(base64(SPKI_PREFIX + TEST1_PUBLIC));
        PublicKey public2 = RegisterKeys.publicKeyFromBase64(base64(SPKI_PREFIX + TEST2_PUBLIC));
        assertThat(ed25519Verify(public1, new byte[0], TEST1_SIGNATURE)).isTrue();
        assertThat(ed25519Verify(public2, new byte[] {0x72}, TEST2_SIGNATURE)).isTrue();
        assertThat(ed25519Verify(public1, new byte[] {0x72}, TEST2_SIGNATURE)).isFalse();

        PrivateKey private2 = RegisterKeys.privateKeyFromBase64(base64(PKCS8_PREFIX + TEST2_SECRET));
        java.security.Signature signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(private2);
        signer.update(new byte[] {0x72});
        assertThat(HEX.formatHex(signer.sign())).isEqualTo(TEST2_SIGNATURE);

        assertThat(RegisterKeys.publicKeyToBase64(public1)).isEqualTo(base64(SPKI_PREFIX + TEST1_PUBLIC));
        assertThat(RegisterKeys.keyId(public1))
                .isEqualTo(new Hash(MerkleTreeHashTest.sha256(HEX.parseHex(SPKI_PREFIX + TEST1_PUBLIC))));
    }

    @Test
    void keysSurviveTheirTextForm() {
        KeyPair register = RegisterKeys.generate();
        PublicKey publicKey = RegisterKeys.publicKeyFromBase64(RegisterKeys.publicKeyToBase64(register.getPublic()));
        PrivateKey privateKey = RegisterKeys.privateKeyFromBase64(RegisterKeys.privateKeyToBase64(register.getPrivate()));
        assertThat(Base64.getDecoder().decode(RegisterKeys.publicKeyToBase64(publicKey))).hasSize(44);
        assertThat(new TreeHeadSigner(privateKey).sign(head).verify(publicKey)).isTrue();
    }

    @Test
    void onlyEd25519KeysAreAccepted() throws Exception {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> new TreeHeadSigner(ed448.getPrivate())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterKeys.publicKeyToBase64(ed448.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
        String ed448Text = Base64.getEncoder().encodeToString(ed448.getPublic().getEncoded());
        assertThatThrownBy(() -> RegisterKeys.publicKeyFromBase64(ed448Text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegisterKeys.publicKeyFromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HEX.parseHex(hex));
    }

    private static boolean ed25519Verify(PublicKey key, byte[] message, String signatureHex) throws Exception {
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(HEX.parseHex(signatureHex));
    }
}

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Java's trust store from a folder of PEM certificates (Debian's ca-certificates: the Mozilla bundle), as
 * ca-certificates-java would make it: a PKCS12 keystore with the password "changeit", one trusted entry each.
 * Usage: java Cacerts.java CERT_DIR OUT
 */
public class Cacerts {
  public static void main(String[] args) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    CertificateFactory x509 = CertificateFactory.getInstance("X.509");
    List<Path> pems;
    try (var s = Files.list(Path.of(args[0]))) {
      pems = s.filter(p -> p.toString().endsWith(".crt")).sorted().toList();
    }
    for (Path pem : pems) {
      try (InputStream in = Files.newInputStream(pem)) {
        X509Certificate cert = (X509Certificate) x509.generateCertificate(in);
        String alias = pem.getFileName().toString().replaceFirst("\\.crt$", "").toLowerCase();
        store.setCertificateEntry(alias, cert);
      }
    }
    if (pems.isEmpty()) {
      throw new IllegalStateException("no certificates in " + args[0]);
    }
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      store.store(out, "changeit".toCharArray());
    }
    System.out.println("cacerts: " + pems.size() + " certificates");
  }
}

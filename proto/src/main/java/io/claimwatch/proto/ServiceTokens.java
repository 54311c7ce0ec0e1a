package io.claimwatch.proto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Short-lived service tokens: a JWT signed with HMAC-SHA256 (nimbus-jose-jwt) under a key every
 * Claimwatch service holds (a Kubernetes Secret; {@code bin/run} makes one), naming the calling service
 * ({@code iss}), for the audience {@value #AUDIENCE}, issued now and valid {@link #LIFETIME}. A caller
 * mints one and sends it with every call until half its life is gone; a backend verifies the signature,
 * the audience and the times, and that the caller is one it serves.
 */
public final class ServiceTokens {

  /** How long a token is valid. */
  public static final Duration LIFETIME = Duration.ofMinutes(5);
  /** Clock skew tolerated between the minting and the checking service. */
  public static final Duration SKEW = Duration.ofSeconds(30);
  /** The audience of every service token. */
  public static final String AUDIENCE = "claimwatch-backends";
  /** The shortest key: HS256 wants 256 bits. */
  public static final int MIN_KEY_BYTES = 32;

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;

  /** Why a token was refused: a stable reason (ErrorInfo) and a message saying what to fix. */
  public static final class Refused extends Exception {
    private final String reason;

    public Refused(String reason, String message) {
      super(message);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /**
   * @param key the shared secret, at least {@value #MIN_KEY_BYTES} bytes in UTF-8
   * @throws IllegalArgumentException when the key is missing or short, saying how to make one
   */
  public ServiceTokens(String key, Clock clock) {
    if (key == null || key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the service token key (CLAIMWATCH_SERVICE_TOKEN_KEY) must be set and at least "
          + MIN_KEY_BYTES + " bytes long; make one with: head -c 32 /dev/urandom | base64");
    }
    byte[] secret = key.getBytes(StandardCharsets.UTF_8);
    try {
      this.signer = new MACSigner(secret);
      this.verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the service token key cannot be used for HS256: " + e.getMessage(), e);
    }
    this.clock = clock;
  }

  /** A new token for calls made by {@code caller} (a service's name, e.g. "gateway"). */
  public String mint(String caller) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(caller).audience(AUDIENCE)
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME))).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a service token", e);
    }
    return jwt.serialize();
  }

  /**
   * Checks a token and returns the service that sent it.
   *
   * @param allowed the callers this service serves
   */
  public String verify(String token, Set<String> allowed) throws Refused {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Refused("SERVICE_TOKEN_INVALID", "the service token is not a signed JWT");
    }
    try {
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        throw new Refused("SERVICE_TOKEN_INVALID", "the service token's signature does not match this service's key");
      }
    } catch (JOSEException e) {
      throw new Refused("SERVICE_TOKEN_INVALID", "the service token's signature cannot be checked");
    }
    Instant now = clock.instant();
    Date issued = claims.getIssueTime();
    Date expires = claims.getExpirationTime();
    if (issued == null || expires == null || claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
      throw new Refused("SERVICE_TOKEN_INVALID", "the service token lacks its audience, issue or expiry time");
    }
    if (expires.toInstant().plus(SKEW).isBefore(now)) {
      throw new Refused("SERVICE_TOKEN_EXPIRED", "the service token expired at " + expires.toInstant() + "; mint a new one");
    }
    if (issued.toInstant().minus(SKEW).isAfter(now)
        || Duration.between(issued.toInstant(), expires.toInstant()).compareTo(LIFETIME.plus(SKEW)) > 0) {
      throw new Refused("SERVICE_TOKEN_INVALID", "the service token's times are not those of a token minted now");
    }
    String caller = claims.getIssuer();
    if (caller == null || !allowed.contains(caller)) {
      throw new Refused("CALLER_NOT_ALLOWED", "this service does not take calls from '" + caller + "'; it serves " + allowed);
    }
    return caller;
  }
}

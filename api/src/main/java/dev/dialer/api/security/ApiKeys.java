package dev.dialer.api.security;

import dev.dialer.activities.DialerProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured keys, kept only as SHA-256 hashes: DIALER_API_KEY is the admin key,
 * DIALER_API_KEYS adds {@code role:key} entries. With neither, one admin key is generated ({@link
 * GeneratedApiKey}).
 */
@Component
public class ApiKeys {

  private static final String ENTRY_FORM = "role:key with role admin, supervisor or viewer";

  private record Entry(byte[] hash, ApiPrincipal principal) {}

  private final List<Entry> entries = new ArrayList<>();

  public ApiKeys(DialerProperties properties) {
    String admin = properties.apiKey().trim();
    List<String> more = properties.apiKeys().stream().map(String::trim).toList();
    if (admin.isEmpty() && more.stream().allMatch(String::isEmpty)) {
      admin = GeneratedApiKey.readOrCreate(properties.home());
    }
    if (!admin.isEmpty()) {
      add(Role.ADMIN, admin);
    }
    for (int i = 0; i < more.size(); i++) {
      String entry = more.get(i);
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      // The message names the entry by position and role only: the key itself is a secret.
      String where = "DIALER_API_KEYS entry " + (i + 1);
      if (colon < 1 || colon == entry.length() - 1) {
        throw new InsecureSettingsException(where + " is not " + ENTRY_FORM + ".");
      }
      String label = entry.substring(0, colon).trim();
      Role role =
          Role.of(label)
              .orElseThrow(
                  () ->
                      new InsecureSettingsException(
                          where + " has the unknown role '" + label + "'; use " + ENTRY_FORM));
      add(role, entry.substring(colon + 1).trim());
    }
  }

  /**
   * The principal of the key presented, compared in constant time against every configured key (the
   * loop never stops early, so timing tells neither the key nor which one matched).
   */
  public Optional<ApiPrincipal> find(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    byte[] hash = sha256(presented);
    ApiPrincipal found = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.hash(), hash) && found == null) {
        found = entry.principal();
      }
    }
    return Optional.ofNullable(found);
  }

  private void add(Role role, String key) {
    byte[] hash = sha256(key);
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.hash(), hash)) {
        throw new InsecureSettingsException(
            "The same API key is configured twice (as "
                + entry.principal().role().label()
                + " and as "
                + role.label()
                + "); give each key one role.");
      }
    }
    entries.add(new Entry(hash, new ApiPrincipal(keyId(role, key), role)));
  }

  /**
   * A stable, non-secret name for the key: its role and 8 hex of a hash under another prefix than
   * the one stored, so the id cannot be matched against the stored hashes.
   */
  static String keyId(Role role, String key) {
    byte[] id = sha256("dialer-key-id:" + key);
    return role.label() + "-" + HexFormat.of().formatHex(id, 0, 4);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}

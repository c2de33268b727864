package vn.vungcao.ssg.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.vungcao.ssg.text.Json;

/**
 * The sponsor look-up's code map: each child's card, found by code and by nothing else.
 *
 * <p>Sponsored children must not be listed anywhere, yet a sponsor must find their child by code,
 * offline too. So the map holds no code and no name in the clear: an entry is filed under a hash
 * of the code's key and sealed with AES-GCM under a key derived from the code's key, so only
 * someone who types the code can read the card. Entries are spread over a few shard files so that
 * a look-up fetches one small file. Everything is derived from the code, so the same input gives
 * the same bytes.
 */
public final class CodeMap {

    static final String ID_SALT = "vungcao-code:";
    static final String KEY_SALT = "vungcao-key:";
    static final String IV_SALT = "vungcao-iv:";
    private static final int ENTRIES_PER_SHARD = 32;
    private static final int MAX_SHARDS = 1024;

    /**
     * A child's card as the look-up shows it; only allowed, already formatted fields.
     *
     * @param support the months in which the statements record support for the child, formatted
     *                ("01/2025 – 06/2025 (6 tháng)"), without amounts; or null
     */
    public record Card(String code, String name, String url, String photo, String school, String schoolUrl,
                       Integer grade, Integer birthYear, String status, String statusLabel, String since,
                       String support) {
    }

    private final TreeMap<String, Card> byKey;

    public CodeMap() {
        this.byKey = new TreeMap<>();
    }

    private CodeMap(TreeMap<String, Card> cards) {
        this.byKey = cards;
    }

    /** A copy of this map (made in time proportional to its size, the keys being sorted already). */
    CodeMap copy() {
        return new CodeMap(new TreeMap<>(byKey));
    }

    /** Puts {@code card} in place of the one under {@code key}, which the map holds. */
    void replace(String key, Card card) {
        if (byKey.replace(key, card) == null) throw new IllegalArgumentException("no card under " + key);
    }

    /** Adds a card; returns false when another code already has the same key (ML-0123 and ML-123). */
    public boolean add(String key, Card card) {
        return byKey.putIfAbsent(key, card) == null;
    }

    /** The cards by key, sorted. */
    public Map<String, Card> cards() {
        return Collections.unmodifiableMap(byKey);
    }

    /**
     * How many shard files: a power of two giving at most about 32 entries (some 10 KB, sealed
     * entries do not compress) each, at least 1, at most 1,024.
     */
    public int shardCount() {
        int shards = 1;
        while (shards < MAX_SHARDS && byKey.size() / shards > ENTRIES_PER_SHARD) shards *= 2;
        return shards;
    }

    /** The shard files' JSON, by shard number (every shard is present, empty ones as {@code {}}). */
    public List<byte[]> shards() {
        return shards(null);
    }

    /**
     * As {@link #shards()}, with half of the entries sealed on {@code pool} (when not null) while
     * this thread seals the other half. If no worker has started that half by the time this thread
     * is done, it seals it too, so this may run on the pool's only worker.
     */
    public List<byte[]> shards(Executor pool) {
        int count = shardCount();
        List<Map.Entry<String, Card>> entries = new ArrayList<>(byKey.entrySet());
        int half = pool == null ? entries.size() : entries.size() / 2;
        FutureTask<List<Sealed>> second = new FutureTask<>(() -> seal(entries.subList(half, entries.size()), count));
        if (pool != null) pool.execute(second);
        List<Sealed> sealed = new ArrayList<>(seal(entries.subList(0, half), count));
        second.run();
        try {
            sealed.addAll(second.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sealing the code map", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        List<Map<String, String>> shards = new ArrayList<>();
        for (int i = 0; i < count; i++) shards.add(new TreeMap<>());
        for (Sealed e : sealed) shards.get(e.shard()).put(e.id(), e.sealed());
        List<byte[]> files = new ArrayList<>(count);
        for (Map<String, String> m : shards) files.add(Json.bytes(m));
        return files;
    }

    /** An entry of a shard file: its shard, the hash it is filed under and its sealed card. */
    private record Sealed(int shard, String id, String sealed) {
    }

    private static List<Sealed> seal(List<Map.Entry<String, Card>> entries, int count) {
        List<Sealed> sealed = new ArrayList<>(entries.size());
        // one cipher and one digest for all entries: looking them up per entry costs more than sealing
        Cipher cipher = cipher();
        MessageDigest sha = sha256();
        for (Map.Entry<String, Card> e : entries) {
            byte[] id = sha.digest((ID_SALT + e.getKey()).getBytes(StandardCharsets.UTF_8));
            int shard = (((id[0] & 0xFF) << 8) | (id[1] & 0xFF)) % count;
            byte[] plain = Json.bytes(cardJson(e.getValue()));
            sealed.add(new Sealed(shard, HexFormat.of().formatHex(id, 0, 8),
                    Base64.getEncoder().encodeToString(seal(cipher, sha, e.getKey(), plain))));
        }
        return sealed;
    }

    private static Map<String, Object> cardJson(Card c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("url", c.url());
        if (c.photo() != null) m.put("photo", c.photo());
        if (c.school() != null) {
            m.put("school", c.school());
            m.put("schoolUrl", c.schoolUrl());
        }
        if (c.grade() != null) m.put("grade", c.grade());
        if (c.birthYear() != null) m.put("birthYear", c.birthYear());
        if (c.status() != null) {
            m.put("status", c.status());
            m.put("statusLabel", c.statusLabel());
        }
        if (c.since() != null) m.put("since", c.since());
        if (c.support() != null) m.put("support", c.support());
        return m;
    }

    /** AES-128-GCM with a key and nonce derived from the code's key (each key seals one message only). */
    static byte[] seal(String key, byte[] plain) {
        return seal(cipher(), sha256(), key, plain);
    }

    private static byte[] seal(Cipher cipher, MessageDigest sha, String key, byte[] plain) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(Arrays.copyOf(sha.digest((KEY_SALT + key).getBytes(StandardCharsets.UTF_8)), 16), "AES"),
                    new GCMParameterSpec(128, Arrays.copyOf(sha.digest((IV_SALT + key).getBytes(StandardCharsets.UTF_8)), 12)));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        }
    }

    private static Cipher cipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] open(String key, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Arrays.copyOf(sha256(KEY_SALT + key), 16), "AES"),
                new GCMParameterSpec(128, Arrays.copyOf(sha256(IV_SALT + key), 12)));
        return cipher.doFinal(sealed);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

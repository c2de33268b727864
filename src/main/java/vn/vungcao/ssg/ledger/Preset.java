package vn.vungcao.ssg.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statement layouts of the common Vietnamese banks. Each preset looks for the bank's own
 * header texts first and then for every name listed in RECIPES.md ("Bank statement exports") and
 * their English halves, so a preset also reads another bank's export whose headers use those
 * names.
 */
public enum Preset {
    VIETCOMBANK("vietcombank", Map.of(
            Column.DATE, List.of("Ngày giao dịch/ Transaction date", "Ngày GD/ TNX Date"),
            Column.DEBIT, List.of("Số tiền ghi nợ/ Debit"),
            Column.CREDIT, List.of("Số tiền ghi có/ Credit"),
            Column.BALANCE, List.of("Số dư/ Balance"),
            Column.MEMO, List.of("Nội dung chi tiết/ Transactions in detail"))),
    BIDV("bidv", Map.of(
            Column.DATE, List.of("Ngày giao dịch", "Ngày hiệu lực/ Effective date"),
            Column.DEBIT, List.of("Số tiền ghi nợ"),
            Column.CREDIT, List.of("Số tiền ghi có"),
            Column.MEMO, List.of("Mô tả", "Nội dung giao dịch"),
            Column.COUNTERPARTY, List.of("Tên TK đối ứng"),
            Column.ACCOUNT, List.of("Số TK đối ứng"))),
    VIETINBANK("vietinbank", Map.of(
            Column.DATE, List.of("Ngày giao dịch", "Ngày GD"),
            Column.DEBIT, List.of("Nợ", "Ghi nợ"),
            Column.CREDIT, List.of("Có", "Ghi có"),
            Column.MEMO, List.of("Chi tiết giao dịch", "Mô tả giao dịch", "Diễn giải"),
            Column.COUNTERPARTY, List.of("Tên đối ứng", "Tên người chuyển/người nhận"),
            Column.ACCOUNT, List.of("Tài khoản đối ứng", "Số TK đối ứng"))),
    TECHCOMBANK("techcombank", Map.of(
            Column.DATE, List.of("Ngày giao dịch/ Transaction Date"),
            Column.DEBIT, List.of("Nợ/ Debit"),
            Column.CREDIT, List.of("Có/ Credit"),
            Column.BALANCE, List.of("Số dư/ Balance"),
            Column.MEMO, List.of("Diễn giải/ Details"),
            Column.COUNTERPARTY, List.of("Đối tác/ Remitter"),
            Column.ACCOUNT, List.of("TK đối tác/ Remitter account"))),
    MB("mb", Map.of(
            Column.DATE, List.of("Ngày giao dịch", "Ngày hạch toán"),
            Column.DEBIT, List.of("Số tiền ghi nợ", "Phát sinh nợ"),
            Column.CREDIT, List.of("Số tiền ghi có", "Phát sinh có"),
            Column.MEMO, List.of("Nội dung", "Diễn giải"),
            Column.COUNTERPARTY, List.of("Tên TK đối ứng"),
            Column.ACCOUNT, List.of("Số TK đối ứng"))),
    ACB("acb", Map.of(
            Column.DATE, List.of("Ngày hiệu lực", "Ngày giao dịch"),
            Column.DEBIT, List.of("Rút ra", "Ghi nợ"),
            Column.CREDIT, List.of("Gửi vào", "Ghi có"),
            Column.MEMO, List.of("Nội dung giao dịch", "Mô tả"))),
    AGRIBANK("agribank", Map.of(
            Column.DATE, List.of("Ngày GD", "Ngày giao dịch"),
            Column.DEBIT, List.of("Phát sinh nợ"),
            Column.CREDIT, List.of("Phát sinh có"),
            Column.MEMO, List.of("Diễn giải", "Nội dung")));

    /** The setting {@code preset: auto}: every preset is tried on each file. */
    public static final String AUTO = "auto";

    private final String key;
    private final Layout layout;

    Preset(String key, Map<Column, List<String>> own) {
        this.key = key;
        EnumMap<Column, List<String>> headers = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            List<String> names = new ArrayList<>(own.getOrDefault(column, List.of()));
            Set<String> normal = new HashSet<>();
            names.forEach(n -> normal.add(Headers.normal(n)));
            for (String common : Headers.COMMON.getOrDefault(column, List.of())) {
                if (normal.add(Headers.normal(common))) names.add(common);
            }
            headers.put(column, names);
        }
        this.layout = new Layout(key, headers);
    }

    /** The name used in {@code site-config.yml}, e.g. {@code "vietcombank"}. */
    public String key() {
        return key;
    }

    /** The bank's header texts. */
    public Layout layout() {
        return layout;
    }

    /** The preset named {@code key}, if any. */
    public static Optional<Preset> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Every accepted value of the {@code preset} setting: the preset keys and {@value #AUTO}. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(AUTO);
        for (Preset p : values()) keys.add(p.key);
        return List.copyOf(keys);
    }
}

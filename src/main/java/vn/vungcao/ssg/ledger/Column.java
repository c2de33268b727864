package vn.vungcao.ssg.ledger;

import java.util.Arrays;
import java.util.Optional;
import vn.vungcao.ssg.diag.Messages;

/** A column of a bank statement that the ledger reads. */
public enum Column {
    /** The day of the transaction, possibly with a time. Required. */
    DATE("date", "the date"),
    /** Money out, as a positive number. Required unless there is a signed {@link #AMOUNT} column. */
    DEBIT("debit", "money out (debit)"),
    /** Money in, as a positive number. Required unless there is a signed {@link #AMOUNT} column. */
    CREDIT("credit", "money in (credit)"),
    /** One signed amount: positive for money in, negative for money out. */
    AMOUNT("amount", "the signed amount"),
    /** The account's balance after the row. Optional, but needed to check that rows add up. */
    BALANCE("balance", "the balance"),
    /** The transfer's description as the bank shows it. Required. */
    MEMO("memo", "the memo"),
    /** The other party's name. Optional. */
    COUNTERPARTY("counterparty", "the other party's name"),
    /** The other party's account number. Optional. */
    ACCOUNT("account", "the other party's account number");

    private final String key;

    Column(String key, String english) {
        // the English words are in the catalog (messages/en.properties); kept here to say what the column is
        this.key = key;
    }

    /** The key under {@code ledger: columns:} in {@code site-config.yml}, e.g. {@code "debit"}. */
    public String key() {
        return key;
    }

    /** Plain words for messages, e.g. "money out (debit)", as the catalog's term {@code term.column.<key>}. */
    public Messages.Term words() {
        return new Messages.Term("term.column." + key);
    }

    /** The column whose {@link #key()} is {@code key}, if any. */
    public static Optional<Column> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}

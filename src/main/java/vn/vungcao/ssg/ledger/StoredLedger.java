package vn.vungcao.ssg.ledger;

import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.vungcao.ssg.store.Store;

/** The statements' summary, as published (codes of unlisted children masked), as the {@link Store} in {@code .cache/ledger.bin} keeps it. */
public final class StoredLedger implements Store.Codec<LedgerSummary> {

    private static final int CHILD = 0;
    private static final int CAMPAIGN = 1;
    private static final int GENERAL = 2;

    @Override
    public void write(DataOutputStream out, LedgerSummary s) throws IOException {
        out.writeInt(s.months().size());
        for (LedgerSummary.Month m : s.months()) {
            Store.writeText(out, m.month().toString());
            out.writeLong(m.moneyIn());
            out.writeLong(m.moneyOut());
            optional(out, m.closingBalance());
            out.writeInt(m.rows().size());
            for (LedgerSummary.Row r : m.rows()) {
                Store.writeText(out, r.file());
                out.writeInt(r.row());
                Store.writeText(out, r.date().toString());
                Store.writeText(out, r.time() == null ? "" : r.time().toString());
                out.writeLong(r.amount());
                optional(out, r.balance());
                Store.writeText(out, r.memo());
                out.writeBoolean(r.counterparty() != null);
                if (r.counterparty() != null) Store.writeText(out, r.counterparty());
                if (r.link() instanceof Link.ToChild c) {
                    out.writeByte(CHILD);
                    Store.writeText(out, c.code());
                } else if (r.link() instanceof Link.ToCampaign c) {
                    out.writeByte(CAMPAIGN);
                    Store.writeText(out, c.slug());
                } else {
                    out.writeByte(GENERAL);
                }
            }
        }
        out.writeInt(s.campaigns().size());
        for (Map.Entry<String, Long> e : s.campaigns().entrySet()) {
            Store.writeText(out, e.getKey());
            out.writeLong(e.getValue());
        }
        out.writeLong(s.generalFund());
        out.writeInt(s.children().size());
        for (Map.Entry<String, List<LedgerSummary.ChildMonth>> e : s.children().entrySet()) {
            Store.writeText(out, e.getKey());
            out.writeInt(e.getValue().size());
            for (LedgerSummary.ChildMonth cm : e.getValue()) {
                Store.writeText(out, cm.month().toString());
                out.writeLong(cm.amount());
            }
        }
    }

    private static void optional(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) out.writeLong(value);
    }

    @Override
    public LedgerSummary read(Store.Input in, String key) throws IOException {
        try {
            int monthCount = count(in);
            List<LedgerSummary.Month> months = new ArrayList<>(monthCount);
            for (int i = 0; i < monthCount; i++) {
                YearMonth month = YearMonth.parse(in.readText());
                long moneyIn = in.readLong();
                long moneyOut = in.readLong();
                Long closing = optional(in);
                int rowCount = count(in);
                List<LedgerSummary.Row> rows = new ArrayList<>(rowCount);
                for (int r = 0; r < rowCount; r++) {
                    String file = in.readText();
                    int row = in.readInt();
                    LocalDate date = LocalDate.parse(in.readText());
                    String time = in.readText();
                    long amount = in.readLong();
                    Long balance = optional(in);
                    String memo = in.readText();
                    String counterparty = in.readBoolean() ? in.readText() : null;
                    Link link = switch (in.readByte()) {
                        case CHILD -> new Link.ToChild(in.readText());
                        case CAMPAIGN -> new Link.ToCampaign(in.readText());
                        case GENERAL -> new Link.GeneralFund();
                        default -> throw new IOException("unknown link");
                    };
                    rows.add(new LedgerSummary.Row(file, row, date, time.isEmpty() ? null : LocalTime.parse(time), amount,
                            balance, memo, counterparty, link));
                }
                months.add(new LedgerSummary.Month(month, moneyIn, moneyOut, closing, rows));
            }
            int campaignCount = count(in);
            Map<String, Long> campaigns = new TreeMap<>();
            for (int i = 0; i < campaignCount; i++) campaigns.put(in.readText(), in.readLong());
            long generalFund = in.readLong();
            int childCount = count(in);
            Map<String, List<LedgerSummary.ChildMonth>> children = new TreeMap<>();
            for (int i = 0; i < childCount; i++) {
                String code = in.readText();
                int n = count(in);
                List<LedgerSummary.ChildMonth> list = new ArrayList<>(n);
                for (int j = 0; j < n; j++) list.add(new LedgerSummary.ChildMonth(YearMonth.parse(in.readText()), in.readLong()));
                children.put(code, list);
            }
            return new LedgerSummary(months, campaigns, generalFund, children);
        } catch (DateTimeParseException e) {
            throw new IOException("not a date", e);
        }
    }

    private static int count(Store.Input in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("cut short");
        return n;
    }

    private static Long optional(Store.Input in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }
}

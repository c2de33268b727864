package vn.vungcao.ssg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.vungcao.ssg.config.SiteConfig;
import vn.vungcao.ssg.content.ContentLoader;
import vn.vungcao.ssg.content.SiteContent;
import vn.vungcao.ssg.diag.Diagnostic;
import vn.vungcao.ssg.diag.Diagnostics;
import vn.vungcao.ssg.ledger.LedgerSummary;
import vn.vungcao.ssg.ledger.Link;
import vn.vungcao.ssg.ledger.MemoLinker;
import vn.vungcao.ssg.ledger.Reconciler;
import vn.vungcao.ssg.ledger.Statement;
import vn.vungcao.ssg.ledger.StatementReader;
import vn.vungcao.ssg.safeguard.UnlistedCodes;
import vn.vungcao.ssg.source.SiteFiles;
import vn.vungcao.ssg.store.Store;
import vn.vungcao.ssg.text.CodeKey;

/**
 * The stage of the bank statements: {@code content/ledger/} read, reconciled, linked to children
 * and campaigns, summed and masked, or taken from the store when none of what it is made from
 * changed. Here, between the ledger and safeguarding, because the masking needs to know which
 * children are listed. Stateless.
 */
final class Statements {

    private Statements() {
    }

    /**
     * The statements' summary as published, or null when there are none; from {@code store} (when
     * not null) when the statement files, the settings as written ({@code configText}), the
     * children's codes and the campaigns' keywords are those it was kept with.
     */
    static LedgerSummary summary(Path site, SiteConfig config, SiteContent content, Diagnostics diagnostics,
                                 Store<LedgerSummary> store, byte[] configText) {
        Path folder = site.resolve(ContentLoader.CONTENT).resolve("ledger");
        if (Files.notExists(folder, LinkOption.NOFOLLOW_LINKS)) return null;
        // a linked folder is never read, not even for a digest: the reading reports it
        String digest = store == null || configText == null || !new SiteFiles(site).isFolder(folder) ? null
                : digest(store, folder, configText, content);
        if (digest != null) {
            Store.Hit<LedgerSummary> kept = store.get("ledger", digest);
            if (kept != null) {
                kept.diagnostics().forEach(diagnostics::add);
                return kept.value();
            }
        }
        Diagnostics local = diagnostics.fork();
        LedgerSummary summary = read(new SiteFiles(site), folder, config, content, local);
        List<Diagnostic> found = local.sorted();
        found.forEach(diagnostics::add);
        if (digest != null && summary != null && !local.hasErrors()) store.put("ledger", digest, summary, found);
        return summary;
    }

    /** What the summary is made from, digested; null when a statement file cannot be read (the reading reports it). */
    private static String digest(Store<LedgerSummary> store, Path folder, byte[] configText, SiteContent content) {
        List<String> input = new ArrayList<>();
        input.add(Store.digest(configText));
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                input.add(f.getFileName().toString());
                // a link is never read, not even for its digest: the reading reports it
                input.add(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) ? Store.digest(Files.readAllBytes(f)) : "not a file");
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        content.children().forEach(c -> input.add(c.code() + (c.listed() ? " listed" : " unlisted")));
        content.campaigns().forEach(c -> input.add(c.slug() + " " + c.keywords()));
        return store.digest(input);
    }

    /**
     * The statements in {@code folder} ({@code content/ledger/}), read, reconciled and summed; null
     * when there are none. A memo is linked to a child by code and to a campaign by its keywords.
     */
    private static LedgerSummary read(SiteFiles site, Path folder, SiteConfig config, SiteContent content,
                                      Diagnostics diagnostics) {
        List<Statement> statements = StatementReader.readFolder(site, folder, ContentLoader.CONTENT + "/ledger", config.ledger(),
                diagnostics);
        if (statements.isEmpty()) return null;
        statements.forEach(st -> Reconciler.check(st, diagnostics));
        Reconciler.checkSequence(statements, diagnostics);
        Map<String, String> codes = new TreeMap<>();
        content.children().forEach(c -> codes.put(CodeKey.of(c.code()).orElse(c.code()), c.code()));
        Map<String, List<String>> keywords = new TreeMap<>();
        content.campaigns().forEach(c -> keywords.put(c.slug(), c.keywords()));
        LedgerSummary summary = LedgerSummary.of(statements, new MemoLinker(codes, keywords), config.ledger());
        return withoutUnlistedCodes(summary, new UnlistedCodes(content.children()));
    }

    /**
     * The summary as published: the codes of children who are not listed are masked in every memo
     * and link, since only a child's own page may show their code. Their months of support stay,
     * for their own pages.
     */
    private static LedgerSummary withoutUnlistedCodes(LedgerSummary summary, UnlistedCodes codes) {
        List<LedgerSummary.Month> months = new ArrayList<>();
        for (LedgerSummary.Month m : summary.months()) {
            List<LedgerSummary.Row> rows = new ArrayList<>();
            for (LedgerSummary.Row r : m.rows()) {
                Link link = r.link() instanceof Link.ToChild c && codes.contains(c.code()) ? new Link.ToChild(UnlistedCodes.MASK) : r.link();
                rows.add(new LedgerSummary.Row(r.file(), r.row(), r.date(), r.time(), r.amount(), r.balance(),
                        codes.mask(r.memo()), r.counterparty() == null ? null : codes.mask(r.counterparty()), link));
            }
            months.add(new LedgerSummary.Month(m.month(), m.moneyIn(), m.moneyOut(), m.closingBalance(), rows));
        }
        return new LedgerSummary(months, summary.campaigns(), summary.generalFund(), summary.children());
    }
}

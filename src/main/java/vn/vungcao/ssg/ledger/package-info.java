/**
 * The club's bank statements ("sao kê"), read from the bank's own exports under
 * {@code content/ledger/}: settings ({@link vn.vungcao.ssg.ledger.LedgerSettings}), reading
 * ({@link vn.vungcao.ssg.ledger.StatementReader}), checking that the balances add up
 * ({@link vn.vungcao.ssg.ledger.Reconciler}), linking memos to children and campaigns
 * ({@link vn.vungcao.ssg.ledger.MemoLinker}), masking donors' names and accounts
 * ({@link vn.vungcao.ssg.ledger.Masking}) and the figures the site publishes
 * ({@link vn.vungcao.ssg.ledger.LedgerSummary}).
 *
 * <p>Problems in the files are reported to a {@link vn.vungcao.ssg.diag.Diagnostics} with the
 * row (as a spreadsheet numbers it) and the 1-based column of the cell; nothing here throws on bad
 * input. Every type is immutable or stateless, so all of it may be used from several threads.
 */
package vn.vungcao.ssg.ledger;

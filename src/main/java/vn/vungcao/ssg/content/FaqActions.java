package vn.vungcao.ssg.content;

import java.util.List;

/**
 * What a visitor may want to do, from the {@code actions:} section of {@code content/faq/_synonyms.yml}:
 * the assistant reads a question's action (a verb, or a verb and its object) as well as its words. A
 * question that asks for an action of {@code outside} (buy, sell, borrow, rent), and for none of
 * {@code club}, is handed over, even when its nouns are the club's ("mua quần áo trẻ em"). Each
 * action is a word or phrase as written (NFC, lower case); a word of it that is in a group of
 * synonyms stands for the whole group ("vay tiền" is also "vay kinh phí").
 *
 * @param club    what the club's answers help a visitor do (sponsor, give, send, visit, volunteer,
 *                contact, confirm), in the order written
 * @param outside what visitors ask for that the club does not do, in the order written
 */
public record FaqActions(List<String> club, List<String> outside) {

    /** No actions: every question is judged by its words alone. */
    public static final FaqActions NONE = new FaqActions(List.of(), List.of());

    public FaqActions {
        club = List.copyOf(club);
        outside = List.copyOf(outside);
    }

    public boolean isEmpty() {
        return club.isEmpty() && outside.isEmpty();
    }
}

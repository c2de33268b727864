package vn.vungcao.ssg.ledger;

/** What a transaction's memo says the money is for. Immutable. */
public sealed interface Link permits Link.ToChild, Link.ToCampaign, Link.GeneralFund {

    /** How {@link #label()} names the general fund. */
    String GENERAL_FUND = "quỹ chung";

    /** A short label: the child's code, the campaign's slug, or {@value #GENERAL_FUND}. */
    String label();

    /**
     * Money for one child's lunches ("NUOI EM ML0123").
     *
     * @param code the child's code as the site writes it, e.g. {@code ML-0123}
     */
    record ToChild(String code) implements Link {
        public ToChild {
            if (code == null) throw new IllegalArgumentException("code is required");
        }

        @Override
        public String label() {
            return code;
        }
    }

    /**
     * Money for a campaign ("UNG HO TRUNG LY").
     *
     * @param slug the campaign's slug, e.g. {@code xay-truong-trung-ly}
     */
    record ToCampaign(String slug) implements Link {
        public ToCampaign {
            if (slug == null) throw new IllegalArgumentException("slug is required");
        }

        @Override
        public String label() {
            return slug;
        }
    }

    /** Money for the club's general fund: anything that names no known child or campaign. */
    record GeneralFund() implements Link {
        @Override
        public String label() {
            return GENERAL_FUND;
        }
    }
}

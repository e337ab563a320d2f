package io.relais.web.customer;

import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.CustomerMatch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Results of the search box in the menu: a name, an email, a phone number as typed, a customer number. */
@Named
@RequestScoped
public class CustomerSearchView {

    static final int MAX_RESULTS = 50;

    @Inject
    CustomerDirectory customerDirectory;

    private String query;
    private List<CustomerMatch> matches;

    public void search() {
        matches = customerDirectory.search(query, MAX_RESULTS);
    }

    public boolean isTooShort() {
        return query == null || query.strip().length() < 2;
    }

    public List<CustomerMatch> getMatches() {
        return matches == null ? List.of() : matches;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}

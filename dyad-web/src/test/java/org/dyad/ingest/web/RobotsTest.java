package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void theLongestMatchingRuleOfTheAgentsGroupDecides() {
        Robots r = Robots.parse("User-agent: *\nDisallow: /private/\nAllow: /private/open\n\n"
                + "User-agent: badbot\nDisallow: /\n", "dyad-watch/0.1");
        assertTrue(r.allows("/news/story"));
        assertFalse(r.allows("/private/x"));
        assertTrue(r.allows("/private/open/y"));
        Robots mine = Robots.parse("User-agent: dyad-watch\nDisallow: /*.pdf$\n\nUser-agent: *\nDisallow: /\n",
                "dyad-watch/0.1");
        assertTrue(mine.allows("/news/story"));
        assertFalse(mine.allows("/files/report.pdf"));
    }
}

package io.github.tidings.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteNamesTest {

    @Test
    void readsCopyrightFooters() {
        assertThat(SiteNames.fromRightsLine("© 2019 Coast Times. All rights reserved.")).contains("Coast Times");
        // Company designators such as Media, Group, Inc are cut: footers name the company, readers know the brand.
        assertThat(SiteNames.fromRightsLine("Copyright © 2001-2019 Coast Times Media Group")).contains("Coast Times");
        assertThat(SiteNames.fromRightsLine("© 2022 Le Journal du Midi")).contains("Le Journal du Midi");
        assertThat(SiteNames.fromRightsLine("Coast Times Puplication Group All Rights Reserved © 2000-2016"))
                .contains("Coast Times");
        assertThat(SiteNames.fromRightsLine("© 2019 by Coast Times unless otherwise noted")).contains("Coast Times");
        assertThat(SiteNames.fromRightsLine("Kıyı Gazetesi Tüm hakları saklıdır")).contains("Kıyı Gazetesi");
        assertThat(SiteNames.fromRightsLine("The council met today.")).isEmpty();
        assertThat(SiteNames.fromRightsLine("© 2021 Городские вести. Все права защищены.")).contains("Городские вести");
    }

    @Test
    void takesTheBrandFromAHost() {
        assertThat(SiteNames.fromHost("www.coasttimes.co.uk")).contains("Coasttimes");
        assertThat(SiteNames.fromHost("news.coasttimes.com")).contains("Coasttimes");
    }

    @Test
    void splitsTitles() {
        assertThat(TitleReader.segments("Storm hits coast | World | News | Coast Times"))
                .containsExactly("Storm hits coast", "World", "News", "Coast Times");
        TitleReader.Split s = TitleReader.stripSite("Storm hits the coast hard | World | Coast Times");
        assertThat(s.headline()).isEqualTo("Storm hits the coast hard");
        assertThat(s.site()).isEqualTo("Coast Times");
        assertThat(TitleReader.stripSite("Russia and Syria: forces block return").headline())
                .isEqualTo("Russia and Syria: forces block return");
    }
}

"""Tests for newsmodel.get_outlet, is_outlet_name and the outlet table."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import Outlet, get_outlet, is_outlet_name
from newsmodel._outlets import OUTLETS, outlet_key
from newsmodel._zones import zone_from_name


class TestGetOutlet:
    """Lookup by name or alias, ignoring case, punctuation and domain dressing."""

    @pytest.mark.parametrize(
        ("name", "canonical"),
        [
            ("CGTN", "CGTN"),
            ("cgtn.com", "CGTN"),
            ("www.cgtn.com", "CGTN"),
            ("news.cgtn.com", "CGTN"),
            ("Times of India", "Times of India"),
            ("TOI", "Times of India"),
            ("TIMESOFINDIA.COM", "Times of India"),
            ("the times of india", "Times of India"),
            ("TNN", "Times of India"),
            ("People's Daily Online", "People's Daily"),
            ("Peoples Daily", "People's Daily"),
            ("Xinhua", "Xinhua"),
            ("xinhuanet.com", "Xinhua"),
            ("The Guardian", "The Guardian"),
            ("theguardian.com", "The Guardian"),
            ("Associated Press", "AP"),
            ("The Associated Press", "AP"),
            ("Reuters", "Reuters"),
            ("REUTERS", "Reuters"),
            ("Agence France-Presse", "AFP"),
            ("Press Trust of India", "PTI"),
            ("Yonhap News Agency", "Yonhap"),
            ("KYODO NEWS", "Kyodo"),
            ("nytimes.com", "The New York Times"),
            ("Los Angeles Times", "Los Angeles Times"),
            ("L.A. Times", "Los Angeles Times"),
            ("Daily Mail", "Daily Mail"),
            ("Euronews", "Euronews"),
            ("Anadolu Ajansı", "Anadolu"),
            ("Getty Images", "Getty Images"),
        ],
    )
    def test_aliases(self, name: str, canonical: str) -> None:
        """Aliases, domains and case variants find the canonical outlet."""
        outlet = get_outlet(name)
        assert outlet is not None
        assert canonical == outlet.name

    @pytest.mark.parametrize("name", ["Daily Planet", "", "   ", "Jane Doe", "x" * 500])
    def test_unknown(self, name: str) -> None:
        """Unknown names give None, not an error."""
        assert get_outlet(name) is None

    def test_non_str(self) -> None:
        """Anything that is not a str gives None."""
        assert get_outlet(None) is None
        assert get_outlet(42) is None  # type: ignore[arg-type]

    def test_public(self) -> None:
        """The outlet API is exported from newsmodel."""
        assert {"Outlet", "get_outlet", "is_outlet_name"} <= set(newsmodel.__all__)

    def test_is_outlet_name(self) -> None:
        """is_outlet_name accepts exact names only."""
        assert (True, True, False) == (
            is_outlet_name("CGTN"),
            is_outlet_name(" Xinhua "),
            is_outlet_name("CGTN reporter Jane Doe"),
        )


class TestProfiles:
    """The profiles carry what timestamp parsing needs."""

    @pytest.mark.parametrize(
        ("name", "zone"),
        [
            ("CGTN", "Asia/Shanghai"),
            ("Global Times", "Asia/Shanghai"),
            ("Hindustan Times", "Asia/Kolkata"),
            ("NDTV", "Asia/Kolkata"),
            ("Yonhap", "Asia/Seoul"),
            ("Kyodo", "Asia/Tokyo"),
            ("Japan News", "Asia/Tokyo"),
            ("BBC", "Europe/London"),
            ("CNN", "America/New_York"),
            ("Euronews", "Europe/Paris"),
            ("Reuters", None),
            ("AP", None),
            ("The Guardian", None),
        ],
    )
    def test_home_zones(self, name: str, zone: str | None) -> None:
        """Home zones follow FORMATS a.3; wire services printing the reader's zone have none."""
        outlet = get_outlet(name)
        assert outlet is not None
        assert zone == outlet.zone

    def test_every_zone_resolves(self) -> None:
        """Every home zone is a known IANA name."""
        for outlet in OUTLETS:
            if outlet.zone is not None:
                assert zone_from_name(outlet.zone) is not None, outlet.name

    def test_aliases_do_not_collide(self) -> None:
        """No alias key points at two different outlets."""
        seen: dict[str, str] = {}
        for outlet in OUTLETS:
            for alias in (outlet.name, *outlet.aliases):
                key = outlet_key(alias)
                assert seen.setdefault(key, outlet.name) == outlet.name, alias

    def test_agencies_flagged(self) -> None:
        """Wire services are flagged as agencies."""
        assert [True, True, False] == [
            get_outlet(n).agency  # type: ignore[union-attr]
            for n in ("Reuters", "Xinhua", "CGTN")
        ]

    def test_outlet_validates(self) -> None:
        """The Outlet constructor checks its date order."""
        with pytest.raises(ValueError, match="date_order"):
            Outlet("X", (), None, "XYZ", None)

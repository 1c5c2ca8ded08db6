"""A small gazetteer used to corroborate datelines that carry neither a date nor an agency.

``TOKYO -`` and ``Doha, Qatar –`` are datelines; ``LE POINT SUR LA SITUATION -`` and
``CHINESE AGGRESSION:`` are kickers (FORMATS b.5).  A dateline with no date and no
agency marker is accepted only when its place or region is listed here.
"""

from __future__ import annotations

__all__ = ["AP_STATE_ABBREVIATIONS", "is_known_place", "is_known_region"]

_CITIES = """
Abu Dhabi|Abuja|Accra|Addis Ababa|Adelaide|Ahmedabad|Aleppo|Algiers|Almaty|Amman|Amsterdam|
Anchorage|Ankara|Antananarivo|Asuncion|Astana|Athens|Atlanta|Auckland|Austin|Baghdad|Baku|
Bali|Baltimore|Bamako|Bangalore|Bengaluru|Bangkok|Bangui|Banjul|Barcelona|Basra|Beijing|Beirut|
Belfast|Belgrade|Berlin|Bern|Bishkek|Bogota|Bonn|Boston|Brasilia|Bratislava|Brazzaville|
Brisbane|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Busan|Cairo|Calcutta|Canberra|
Cape Town|Caracas|Cardiff|Casablanca|Chennai|Chicago|Chengdu|Chisinau|Chongqing|Colombo|
Conakry|Copenhagen|Dakar|Dallas|Damascus|Dar es Salaam|Davos|Denver|Detroit|Dhaka|Dili|
Djibouti|Doha|Dubai|Dublin|Dushanbe|Edinburgh|Frankfurt|Freetown|Gaborone|Gaza|Geneva|
Georgetown|Glasgow|Guangzhou|Guatemala City|Hanoi|Harare|Havana|Helsinki|Hiroshima|
Ho Chi Minh City|Hong Kong|Honolulu|Houston|Hyderabad|Idlib|Islamabad|Istanbul|Jakarta|
Jeddah|Jerusalem|Johannesburg|Juba|Kabul|Kampala|Karachi|Kathmandu|Kazan|Khartoum|Kharkiv|
Kiev|Kigali|Kingston|Kinshasa|Kobe|Kolkata|Kuala Lumpur|Kuwait City|Kyiv|Kyoto|La Paz|
Lagos|Lahore|Las Vegas|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Los Angeles|
Luanda|Lusaka|Luxembourg|Lyon|Madrid|Malabo|Male|Managua|Manama|Manchester|Manila|Maputo|
Marseille|Maseru|Mecca|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Monaco|Monrovia|
Montevideo|Montreal|Moscow|Mosul|Mumbai|Munich|Muscat|Nagoya|Nairobi|Nanjing|Naples|
Nassau|Naypyitaw|N'Djamena|New Delhi|New Orleans|New York|Niamey|Nicosia|Nouakchott|
Nur-Sultan|Osaka|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris|Patna|Perth|
Philadelphia|Phnom Penh|Phoenix|Podgorica|Port-au-Prince|Port Moresby|Portland|Prague|
Pretoria|Pristina|Pune|Putrajaya|Pyongyang|Quito|Rabat|Ramallah|Rangoon|Reykjavik|Riga|
Rio de Janeiro|Riyadh|Rome|Saitama|Salvador|San Francisco|San Jose|San Juan|San Salvador|
Sanaa|Santiago|Santo Domingo|Sao Paulo|Sapporo|Sarajevo|Seattle|Seoul|Shanghai|Shenzhen|
Singapore|Skopje|Sofia|Srinagar|St. Louis|St. Petersburg|Stockholm|Strasbourg|Suva|Sydney|
Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Tel Aviv|The Hague|Thimphu|Tianjin|
Tirana|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|Vaduz|Valencia|Valletta|Vancouver|
Vatican City|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|Wuhan|
Yangon|Yaounde|Yekaterinburg|Yerevan|Yokohama|Zagreb|Zurich|United Nations|Bhubaneswar|
Jaipur|Lucknow|Kochi|Chandigarh|Guwahati|Bhopal|Gandhinagar|Thiruvananthapuram|Mysuru|
Jammu|Ranchi|Raipur|Dehradun|Shimla|Panaji|Imphal|Shillong|Agartala|Aizawl|Kohima|Itanagar|
Gangtok|Noida|Gurugram|Ghaziabad|Faridabad|Kanpur|Varanasi|Indore|Nagpur|Surat|Vadodara|
Coimbatore|Madurai|Visakhapatnam|Vijayawada|Amaravati|Kozhikode|Mangaluru|Hubballi|
Incheon|Daegu|Gwangju|Daejeon|Sendai|Fukuoka|Okinawa|Naha|Macau|Macao|Xiamen|Hangzhou|
Harbin|Lhasa|Urumqi|Kunming|Nanning|Haikou|Sanya|Fuzhou|Jinan|Qingdao|Dalian|Shenyang|
Changchun|Hohhot|Lanzhou|Xining|Yinchuan|Taiyuan|Zhengzhou|Hefei|Nanchang|Changsha|Guiyang|
Xi'an|Shijiazhuang|Hamburg|Cologne|Stuttgart|Dusseldorf|Kiel|Hanover|Dresden|Leipzig|Nice|
Toulouse|Bordeaux|Lille|Nantes|Turin|Florence|Venice|Genoa|Bologna|Palermo|Seville|Bilbao|
Malaga|Porto|Antwerp|Rotterdam|Utrecht|Gothenburg|Malmo|Bergen|Aarhus|Krakow|Gdansk|
Odessa|Odesa|Lviv|Dnipro|Donetsk|Luhansk|Sevastopol|Minneapolis|Cleveland|Pittsburgh|
Cincinnati|Indianapolis|Nashville|Memphis|Charlotte|Raleigh|Orlando|Tampa|Sacramento|
San Diego|Salt Lake City|Albuquerque|Tucson|Omaha|Kansas City|Oklahoma City|Milwaukee|
Albany|Buffalo|Newark|Hartford|Providence|Richmond|Baton Rouge|Jackson|Little Rock|
Des Moines|Madison|La Crosse|Cupertino|Mountain View|Palo Alto|Menlo Park|Redmond|
Seoul|Kabul|Gaza City|Rafah|Khan Younis|Hebron|Nablus|Jenin|Haifa|Tyre|Sidon|Homs|Hama|
Daraa|Raqqa|Erbil|Kirkuk|Najaf|Karbala|Aden|Hodeidah|Benghazi|Misrata|Mombasa|Kisumu|
Durban|Port Elizabeth|Bulawayo|Goma|Bukavu|Lubumbashi|Kano|Port Harcourt|Ibadan|Abidjan|
Douala|Saint Petersburg|Vladivostok|Novosibirsk|Sochi|Murmansk|Kaliningrad|Grozny|
Minsk|Tbilisi|Batumi|Almaty|Bishkek|Osh|Samarkand|Quetta|Peshawar|Rawalpindi|Multan|
Faisalabad|Chittagong|Sylhet|Kandy|Jaffna|Pokhara|Mandalay|Chiang Mai|Phuket|Pattaya|
Da Nang|Haiphong|Cebu|Davao|Surabaya|Bandung|Medan|Penang|Johor Bahru|Kota Kinabalu|
Kuching|Darwin|Hobart|Cairns|Gold Coast|Christchurch|Queenstown|Nuku'alofa|Apia|Honiara|
Port Vila|Noumea|Papeete|Montego Bay|Bridgetown|Port of Spain|Medellin|Cali|Cartagena|
Guayaquil|Cusco|Valparaiso|Cordoba|Rosario|Mendoza|Porto Alegre|Recife|Fortaleza|Manaus|
Belem|Belo Horizonte|Curitiba|Guadalajara|Monterrey|Tijuana|Cancun|Acapulco|Calgary|
Edmonton|Winnipeg|Halifax|Quebec City|Victoria|Saskatoon|Regina|Geneva|Lausanne|Basel|
Strasbourg|Luxembourg|Brussels|Ghent|Bruges|Liege|Cork|Galway|Limerick|Aberdeen|Leeds|
Liverpool|Birmingham|Bristol|Sheffield|Newcastle|Nottingham|Leicester|Southampton|Oxford|
Cambridge|Brighton|Dover|Plymouth|El Cairo|Kolkata|Mumbai|Delhi|Kathmandu|Thessaloniki|
Heraklion|Izmir|Antalya|Gaziantep|Diyarbakir|Tabriz|Isfahan|Shiraz|Mashhad|Qom|Jeddah|
Medina|Dammam|Sharjah|Salalah|Doha|Manama|Kuwait|Amman|Aqaba|Eilat|Beersheba|Ashdod|
Ashkelon|Sderot|Cupertino|Redmond|Davos|Sharm el-Sheikh|Alexandria|Luxor|Aswan|Port Said|
Suez|Khartoum|Omdurman|Port Sudan|Asmara|Mogadishu|Hargeisa|Entebbe|Arusha|Dodoma|
Zanzibar|Blantyre|Ndola|Kitwe|Beira|Nampula|Toamasina|Port Louis|Victoria Falls|
Ajmer|Aligarh|Allahabad|Prayagraj|Amritsar|Aurangabad|Bareilly|Belagavi|Bhagalpur|Bikaner|
Bilaspur|Cuttack|Darbhanga|Dhanbad|Durgapur|Erode|Gaya|Gorakhpur|Gwalior|Haridwar|Hisar|
Howrah|Jabalpur|Jalandhar|Jamshedpur|Jhansi|Jodhpur|Kakinada|Kannur|Kolhapur|Kota|Kurnool|
Ludhiana|Mathura|Meerut|Moradabad|Muzaffarpur|Mysore|Nashik|Nellore|Patiala|Puducherry|
Rajkot|Rourkela|Saharanpur|Salem|Siliguri|Solapur|Srinagar|Thane|Thrissur|Tiruchirappalli|
Tirupati|Udaipur|Ujjain|Vellore|Warangal|Bhubaneshwar|Kozhikode|Navi Mumbai|Greater Noida|
Secunderabad|Cyberabad|Leh|Kargil|Pahalgam|Anantnag|Baramulla|Sopore|Poonch|Rajouri|Kathua|
Hyderabad|Sukkur|Larkana|Gwadar|Abbottabad|Sialkot|Gujranwala|Bahawalpur|Mirpur|Muzaffarabad|
Gilgit|Skardu|Jalalabad|Kandahar|Herat|Mazar-i-Sharif|Kunduz|Khulna|Rajshahi|Barishal|
Cox's Bazar|Galle|Trincomalee|Batticaloa|Male|Biratnagar|Birgunj|Lalitpur|Bhaktapur|
Abu Dhabi|Al Ain|Fujairah|Ras al-Khaimah|Ajman|Khobar|Tabuk|Abha|Taif|Buraidah|Sohar|Nizwa|
Irbid|Zarqa|Latakia|Tartus|Deir ez-Zor|Qamishli|Tikrit|Fallujah|Ramadi|Samarra|Sulaymaniyah|
Khan Yunis|Bethlehem|Jericho|Qalqilya|Tulkarm|Safed|Nazareth|Tiberias|Netanya|Herzliya
"""

_COUNTRIES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|
Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|
Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|
East Timor|Ecuador|Egypt|El Salvador|England|Equatorial Guinea|Eritrea|Estonia|Eswatini|
Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|
Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|
Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Northern Ireland|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|
Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|
Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
UAE|United Kingdom|UK|United States|U.S.|USA|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|
Vietnam|Wales|West Bank|Yemen|Zambia|Zimbabwe|Puerto Rico|Guam|Greenland|Crimea|Kashmir|
Gaza Strip|Hong Kong|Macao|Macau|Tibet|Xinjiang|Karnataka|Maharashtra|Kerala|Tamil Nadu|
Uttar Pradesh|Bihar|West Bengal|Gujarat|Rajasthan|Punjab|Haryana|Odisha|Assam|Jharkhand|
Telangana|Andhra Pradesh|Madhya Pradesh|Chhattisgarh|Uttarakhand|Himachal Pradesh|Goa|
Manipur|Meghalaya|Tripura|Mizoram|Nagaland|Sikkim|Arunachal Pradesh|Jammu and Kashmir|
Ladakh|Queensland|New South Wales|Tasmania|Ontario|Quebec|British Columbia|Alberta|
Bavaria|Catalonia|Sicily|Sardinia|Hokkaido|Kyushu|Guangdong|Sichuan|Yunnan|Hubei|Hunan|
Zhejiang|Jiangsu|Shandong|Henan|Hebei|Fujian|Shaanxi|Shanxi|Gansu|Guizhou|Jiangxi|Anhui|
Liaoning|Jilin|Heilongjiang|Hainan|Inner Mongolia|Ningxia|Qinghai|Guangxi
"""

_US_STATES = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming|D.C.
"""

AP_STATE_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "Ala.",
        "Ariz.",
        "Ark.",
        "Calif.",
        "Colo.",
        "Conn.",
        "Del.",
        "Fla.",
        "Ga.",
        "Ill.",
        "Ind.",
        "Kan.",
        "Ky.",
        "La.",
        "Md.",
        "Mass.",
        "Mich.",
        "Minn.",
        "Miss.",
        "Mo.",
        "Mont.",
        "Neb.",
        "Nev.",
        "N.H.",
        "N.J.",
        "N.M.",
        "N.Y.",
        "N.C.",
        "N.D.",
        "Okla.",
        "Ore.",
        "Pa.",
        "R.I.",
        "S.C.",
        "S.D.",
        "Tenn.",
        "Vt.",
        "Va.",
        "Wash.",
        "W.Va.",
        "Wis.",
        "Wyo.",
        "D.C.",
    ]
)
"""AP style abbreviations of US states, as printed in datelines (``LA CROSSE, Wis.``)."""


def _entries(block: str) -> frozenset[str]:
    return frozenset(e.strip().casefold() for e in block.replace("\n", "").split("|") if e.strip())


_PLACES = _entries(_CITIES) | _entries(_COUNTRIES) | _entries(_US_STATES)
_REGIONS = _entries(_COUNTRIES) | _entries(_US_STATES)


def is_known_place(name: str) -> bool:
    """Return whether ``name`` is a listed city, country or state (case-insensitive).

    Example:
        >>> from newsmodel._gazetteer import is_known_place
        >>> is_known_place("MEXICO CITY"), is_known_place("LE POINT SUR LA SITUATION")
        (True, False)
    """
    return " ".join(name.split()).casefold() in _PLACES


def is_known_region(name: str) -> bool:
    """Return whether ``name`` is a listed country, state or AP state abbreviation.

    Example:
        >>> from newsmodel._gazetteer import is_known_region
        >>> is_known_region("Wis."), is_known_region("Saudi Arabia"), is_known_region("Monday")
        (True, True, False)
    """
    return name in AP_STATE_ABBREVIATIONS or " ".join(name.split()).casefold() in _REGIONS

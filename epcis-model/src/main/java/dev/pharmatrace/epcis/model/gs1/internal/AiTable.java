package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiCheck;
import dev.pharmatrace.epcis.model.gs1.AiComponent;
import dev.pharmatrace.epcis.model.gs1.ApplicationIdentifier;
import dev.pharmatrace.epcis.model.gs1.Gs1CharacterSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The AI table, written from the GS1 General Specifications (section 3 and figure 3.2-1) in a compact notation:
 *
 * <pre>
 * code[-last]  P|-  component...  [req=a,b]...  [ex=a,b]  | title
 * </pre>
 *
 * {@code P} marks AIs of predefined length (no FNC1 after them). A component is {@code N14}, {@code X..20},
 * {@code Y..30}, optionally in brackets when optional, followed by checks: {@code csum}, {@code yymmdd},
 * {@code yymmd0}, {@code yymmddhh}, {@code hhmm}, {@code zero}, {@code pieceoftotal}, {@code nozeroprefix}.
 * Each {@code req=} group needs at least one of its AIs present; {@code ex=} lists excluded AIs. AI 22 is
 * accepted with 8006 as well as 01, as the GS1 Digital Link grammar allows {@code /8006/.../22/...}.
 */
public final class AiTable {

    private static final String SPEC = """
            00    P N18,csum                                  | SSCC
            01    P N14,csum ex=02,255,37                     | GTIN
            02    P N14,csum req=37                           | CONTENT
            10    - X..20 req=01,02,8006,8026                 | BATCH/LOT
            11    P N6,yymmd0 req=01,02,8006,8026             | PROD DATE
            12    P N6,yymmd0 req=8020                        | DUE DATE
            13    P N6,yymmd0 req=01,02,8006,8026             | PACK DATE
            15    P N6,yymmd0 req=01,02,8006,8026             | BEST BEFORE or BEST BY
            16    P N6,yymmd0 req=01,02,8006,8026             | SELL BY
            17    P N6,yymmd0 req=01,02,255,8006,8026         | USE BY OR EXPIRY
            20    P N2 req=01,02,8006,8026                    | VARIANT
            21    - X..20 req=01,8006 ex=235                  | SERIAL
            22    - X..20 req=01,8006                         | CPV
            235   - X..28 req=01                              | TPX
            240   - X..30 req=01,02,8006,8026                 | ADDITIONAL ID
            241   - X..30 req=01,02,8006,8026                 | CUST. PART No.
            242   - N..6 req=01,02,8006,8026                  | MTO VARIANT
            243   - X..20 req=01                              | PCN
            250   - X..30 req=01,8006 req=21                  | SECONDARY SERIAL
            251   - X..30 req=01,8006                         | REF. TO SOURCE
            253   - N13,csum [X..17]                          | GDTI
            254   - X..20 req=414                             | GLN EXTENSION COMPONENT
            255   - N13,csum [N..12]                          | GCN
            30    - N..8 req=01,02                            | VAR. COUNT
            3100-3105 P N6 req=01,02                          | NET WEIGHT (kg)
            3110-3115 P N6 req=01,02                          | LENGTH (m)
            3120-3125 P N6 req=01,02                          | WIDTH (m)
            3130-3135 P N6 req=01,02                          | HEIGHT (m)
            3140-3145 P N6 req=01,02                          | AREA (m2)
            3150-3155 P N6 req=01,02                          | NET VOLUME (l)
            3160-3165 P N6 req=01,02                          | NET VOLUME (m3)
            3200-3205 P N6 req=01,02                          | NET WEIGHT (lb)
            3210-3215 P N6 req=01,02                          | LENGTH (in)
            3220-3225 P N6 req=01,02                          | LENGTH (ft)
            3230-3235 P N6 req=01,02                          | LENGTH (yd)
            3240-3245 P N6 req=01,02                          | WIDTH (in)
            3250-3255 P N6 req=01,02                          | WIDTH (ft)
            3260-3265 P N6 req=01,02                          | WIDTH (yd)
            3270-3275 P N6 req=01,02                          | HEIGHT (in)
            3280-3285 P N6 req=01,02                          | HEIGHT (ft)
            3290-3295 P N6 req=01,02                          | HEIGHT (yd)
            3300-3305 P N6 req=00,01                          | GROSS WEIGHT (kg)
            3310-3315 P N6 req=00,01                          | LENGTH (m), log
            3320-3325 P N6 req=00,01                          | WIDTH (m), log
            3330-3335 P N6 req=00,01                          | HEIGHT (m), log
            3340-3345 P N6 req=00,01                          | AREA (m2), log
            3350-3355 P N6 req=00,01                          | VOLUME (l), log
            3360-3365 P N6 req=00,01                          | VOLUME (m3), log
            3370-3375 P N6 req=01                             | KG PER m2
            3400-3405 P N6 req=00,01                          | GROSS WEIGHT (lb)
            3410-3415 P N6 req=00,01                          | LENGTH (in), log
            3420-3425 P N6 req=00,01                          | LENGTH (ft), log
            3430-3435 P N6 req=00,01                          | LENGTH (yd), log
            3440-3445 P N6 req=00,01                          | WIDTH (in), log
            3450-3455 P N6 req=00,01                          | WIDTH (ft), log
            3460-3465 P N6 req=00,01                          | WIDTH (yd), log
            3470-3475 P N6 req=00,01                          | HEIGHT (in), log
            3480-3485 P N6 req=00,01                          | HEIGHT (ft), log
            3490-3495 P N6 req=00,01                          | HEIGHT (yd), log
            3500-3505 P N6 req=01,02                          | AREA (in2)
            3510-3515 P N6 req=01,02                          | AREA (ft2)
            3520-3525 P N6 req=01,02                          | AREA (yd2)
            3530-3535 P N6 req=00,01                          | AREA (in2), log
            3540-3545 P N6 req=00,01                          | AREA (ft2), log
            3550-3555 P N6 req=00,01                          | AREA (yd2), log
            3560-3565 P N6 req=01,02                          | NET WEIGHT (t oz)
            3570-3575 P N6 req=01,02                          | NET VOLUME (oz)
            3600-3605 P N6 req=01,02                          | NET VOLUME (qt)
            3610-3615 P N6 req=01,02                          | NET VOLUME (gal.)
            3620-3625 P N6 req=00,01                          | VOLUME (qt), log
            3630-3635 P N6 req=00,01                          | VOLUME (gal.), log
            3640-3645 P N6 req=01,02                          | VOLUME (in3)
            3650-3655 P N6 req=01,02                          | VOLUME (ft3)
            3660-3665 P N6 req=01,02                          | VOLUME (yd3)
            3670-3675 P N6 req=00,01                          | VOLUME (in3), log
            3680-3685 P N6 req=00,01                          | VOLUME (ft3), log
            3690-3695 P N6 req=00,01                          | VOLUME (yd3), log
            37    - N..8 req=00 req=02,8026                   | COUNT
            3900-3909 - N..15                                 | AMOUNT
            3910-3919 - N3 N..15                              | AMOUNT
            3920-3929 - N..15                                 | PRICE
            3930-3939 - N3 N..15                              | PRICE
            3940-3943 - N4                                    | PRCNT OFF
            3950-3955 - N6                                    | PRICE/UoM
            400   - X..30                                     | ORDER NUMBER
            401   - X..30                                     | GINC
            402   - N17,csum                                  | GSIN
            403   - X..30 req=00                              | ROUTE
            410   P N13,csum                                  | SHIP TO LOC
            411   P N13,csum                                  | BILL TO
            412   P N13,csum                                  | PURCHASE FROM
            413   P N13,csum                                  | SHIP FOR LOC
            414   P N13,csum                                  | LOC No.
            415   P N13,csum req=8020                         | PAY TO
            416   P N13,csum                                  | PROD/SERV LOC
            417   P N13,csum                                  | PARTY
            420   - X..20 ex=421                              | SHIP TO POST
            421   - N3 X..9 ex=420                            | SHIP TO POST
            422   - N3 req=01,02,8006,8026                    | ORIGIN
            423   - N3 [N..12] req=01,02                      | COUNTRY - INITIAL PROCESS
            424   - N3 req=01,02                              | COUNTRY - PROCESS
            425   - N3 [N..12] req=01,02                      | COUNTRY - DISASSEMBLY
            426   - N3 req=01,02                              | COUNTRY - FULL PROCESS
            427   - X..3 req=422                              | ORIGIN SUBDIVISION
            7001  - N13 req=01,02,8006,8026                   | NSN
            7002  - X..30 req=01,02                           | MEAT CUT
            7003  - N6,yymmdd N4,hhmm req=01,02               | EXPIRY TIME
            7004  - N..4 req=01 req=10                        | ACTIVE POTENCY
            7005  - X..12 req=01,02                           | CATCH AREA
            7006  - N6,yymmdd req=01,02                       | FIRST FREEZE DATE
            7007  - N6,yymmdd [N6,yymmdd] req=01,02           | HARVEST DATE
            7008  - X..3 req=01,02                            | AQUATIC SPECIES
            7009  - X..10 req=01,02                           | FISHING GEAR TYPE
            7010  - X..2 req=01,02                            | PROD METHOD
            7011  - N6,yymmdd [N4,hhmm] req=01,02             | TEST BY DATE
            7020  - X..20 req=01,8006                         | REFURB LOT
            7021  - X..20 req=01,8006                         | FUNC STAT
            7022  - X..20 req=7021                            | REV STAT
            7023  - X..30                                     | GIAI - ASSEMBLY
            7030-7039 - N3 X..27 req=01,02                    | PROCESSOR # s
            7040  - N1 X1 X1 X1                               | UIC+EXT
            710   - X..20 req=01                              | NHRN PZN
            711   - X..20 req=01                              | NHRN CIP
            712   - X..20 req=01                              | NHRN CN
            713   - X..20 req=01                              | NHRN DRN
            714   - X..20 req=01                              | NHRN AIM
            715   - X..20 req=01                              | NHRN NDC
            7240  - X..20 req=01,8006                         | PROTOCOL
            8001  - N14 req=01                                | DIMENSIONS
            8002  - X..20                                     | CMT No.
            8003  - N1,zero N13,csum [X..16]                  | GRAI
            8004  - X..30                                     | GIAI
            8005  - N6 req=01,02                              | PRICE PER UNIT
            8006  - N14,csum N4,pieceoftotal ex=01,37         | ITIP
            8007  - X..34 req=415                             | IBAN
            8008  - N8,yymmddhh [N..4] req=01,02              | PROD TIME
            8009  - X..50 req=00,01                           | OPTSEN
            8010  - Y..30                                     | CPID
            8011  - N..12,nozeroprefix req=8010               | CPID SERIAL
            8012  - X..20 req=01,8006                         | VERSION
            8013  - X..25                                     | GMN
            8017  - N18,csum ex=8018                          | GSRN - PROVIDER
            8018  - N18,csum ex=8017                          | GSRN - RECIPIENT
            8019  - N..10 req=8017,8018                       | SRIN
            8020  - X..25 req=415                             | REF No.
            8026  - N14,csum N4,pieceoftotal req=37 ex=02,8006 | ITIP CONTENT
            8110  - X..70                                     | COUPON
            8111  - N4 req=255                                | POINTS
            8112  - X..70                                     | COUPON
            8200  - X..70 req=01                              | PRODUCT URL
            90    - X..30                                     | INTERNAL
            91-99 - X..90                                     | INTERNAL
            """;

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Map<String, ApplicationIdentifier> TABLE = build();

    private AiTable() {
    }

    /**
     * Looks up an AI.
     *
     * @param code AI digits
     * @return the AI or null
     */
    public static ApplicationIdentifier get(String code) {
        return code == null ? null : TABLE.get(code);
    }

    /**
     * Returns all AIs ordered by code.
     *
     * @return the AIs
     */
    public static Collection<ApplicationIdentifier> all() {
        return TABLE.values();
    }

    /**
     * Finds the AI that {@code s} starts with at {@code from}: AIs are prefix-free, so at most one matches.
     *
     * @param s a string
     * @param from start index
     * @return the AI, or null if no AI of the table starts there
     */
    public static ApplicationIdentifier match(String s, int from) {
        for (int len = 2; len <= 4 && from + len <= s.length(); len++) {
            ApplicationIdentifier ai = TABLE.get(s.substring(from, from + len));
            if (ai != null) {
                return ai;
            }
        }
        return null;
    }

    private static Map<String, ApplicationIdentifier> build() {
        Map<String, ApplicationIdentifier> map = new TreeMap<>();
        for (String line : SPEC.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String title = line.substring(bar + 1).trim();
            String[] tok = BLANKS.split(line.substring(0, bar).trim());
            boolean predefined = tok[1].equals("P");
            List<AiComponent> comps = new ArrayList<>();
            List<List<String>> req = new ArrayList<>();
            List<String> ex = List.of();
            for (int i = 2; i < tok.length; i++) {
                String t = tok[i];
                if (t.startsWith("req=")) {
                    req.add(List.of(t.substring(4).split(",")));
                } else if (t.startsWith("ex=")) {
                    ex = List.of(t.substring(3).split(","));
                } else {
                    comps.add(component(t));
                }
            }
            // immutable once per line, so that the AIs of a range share them (List.copyOf keeps an immutable list)
            comps = List.copyOf(comps);
            req = List.copyOf(req); // its groups are List.of already
            String[] range = tok[0].split("-");
            int first = Integer.parseInt(range[0]);
            int last = range.length > 1 ? Integer.parseInt(range[1]) : first;
            for (int n = first; n <= last; n++) {
                String digits = Integer.toString(n);
                String code = "0".repeat(Math.max(0, range[0].length() - digits.length())) + digits;
                map.put(code, new ApplicationIdentifier(code, title, predefined, comps, req, ex));
            }
        }
        // in sorted order, a code that is a prefix of others comes right before the first of them
        String previous = null;
        for (String code : map.keySet()) {
            if (previous != null && code.startsWith(previous)) {
                throw new IllegalStateException("AI table is not prefix-free: " + previous + " / " + code);
            }
            previous = code;
        }
        return Collections.unmodifiableMap(map);
    }

    private static AiComponent component(String t) {
        boolean optional = t.startsWith("[");
        String[] parts = (optional ? t.substring(1, t.length() - 1) : t).split(",");
        String f = parts[0];
        Gs1CharacterSet cs = switch (f.charAt(0)) {
            case 'N' -> Gs1CharacterSet.NUMERIC;
            case 'X' -> Gs1CharacterSet.CSET_82;
            case 'Y' -> Gs1CharacterSet.CSET_39;
            default -> throw new IllegalStateException("bad component " + t);
        };
        int min;
        int max;
        if (f.startsWith("..", 1)) {
            min = 1;
            max = Integer.parseInt(f.substring(3));
        } else {
            min = max = Integer.parseInt(f.substring(1));
        }
        List<AiCheck> checks = new ArrayList<>();
        for (String c : Arrays.asList(parts).subList(1, parts.length)) {
            checks.add(switch (c) {
                case "csum" -> AiCheck.CHECK_DIGIT;
                case "yymmdd" -> AiCheck.DATE_YYMMDD;
                case "yymmd0" -> AiCheck.DATE_YYMMD0;
                case "yymmddhh" -> AiCheck.DATE_YYMMDDHH;
                case "hhmm" -> AiCheck.TIME_HHMM;
                case "zero" -> AiCheck.ZERO;
                case "pieceoftotal" -> AiCheck.PIECE_OF_TOTAL;
                case "nozeroprefix" -> AiCheck.NO_ZERO_PREFIX;
                default -> throw new IllegalStateException("unknown check " + c);
            });
        }
        return new AiComponent(cs, min, max, optional, checks);
    }
}

package dev.pharmatrace.epcis.model.gs1.internal;

/**
 * Date and time checks for GS1 date fields. The century of {@code YY} is not resolved (GS1 uses a sliding
 * window relative to today); February 29 is accepted when {@code YY} is divisible by 4, which is exact for
 * 2001-2099 and keeps validation independent of the clock.
 */
final class Dates {

    private Dates() {
    }

    /** Returns null if {@code s} starts with a valid YYMMDD, else an explanation. */
    static String checkDate(String s, boolean dayZeroAllowed) {
        int yy = Integer.parseInt(s.substring(0, 2));
        int mm = Integer.parseInt(s.substring(2, 4));
        int dd = Integer.parseInt(s.substring(4, 6));
        if (mm < 1 || mm > 12) {
            return "is not a date YYMMDD: month " + s.substring(2, 4) + " out of 01-12";
        }
        if (dd == 0) {
            return dayZeroAllowed ? null : "is not a date YYMMDD: day 00 not allowed for this AI";
        }
        int max = switch (mm) {
            case 2 -> yy % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        if (dd > max) {
            return "is not a date YYMMDD: day " + s.substring(4, 6) + " does not exist in month " + s.substring(2, 4);
        }
        return null;
    }

    /** Returns null if {@code hh} is 00-23. */
    static String checkHour(String hh) {
        int h = Integer.parseInt(hh);
        return h <= 23 ? null : "has hour " + hh + " out of 00-23";
    }

    /** Returns null if {@code s} is a valid HHMM. */
    static String checkTime(String s) {
        int h = Integer.parseInt(s.substring(0, 2));
        int m = Integer.parseInt(s.substring(2, 4));
        if (h > 23 || m > 59) {
            return "is not a time HHMM";
        }
        return null;
    }
}

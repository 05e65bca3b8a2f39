package io.github.cosxml.core.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed command line: the command, single-valued options and repeatable ones. */
final class Arguments {
    static final Set<String> COMMANDS = new HashSet<String>(Arrays.asList("sign", "explain", "presign", "verify"));
    private static final Set<String> SINGLE = new HashSet<String>(Arrays.asList(
            "--secret-id", "--secret-key", "--secret-key-file", "--security-token", "--method", "--path", "--wire-path",
            "--key-time", "--expires", "--backdate", "--now", "--sign-headers", "--engine", "--authorization",
            "--tolerance", "--form", "--url", "--scheme"));
    private static final Set<String> REPEATABLE = new HashSet<String>(Arrays.asList("--header", "--param"));

    final String command;
    final boolean help;
    private final Map<String, String> single = new HashMap<String, String>();
    private final Map<String, List<String>> repeated = new HashMap<String, List<String>>();

    private Arguments(String command, boolean help) {
        this.command = command;
        this.help = help;
    }

    static Arguments parse(String[] args) throws UsageException {
        if (args.length > 0 && isHelp(args[0])) {
            return new Arguments(null, true);
        }
        if (args.length == 0) {
            throw new UsageException("no command given; pass one of sign, explain, presign, verify");
        }
        if (!COMMANDS.contains(args[0])) {
            throw new UsageException("unknown command '" + args[0] + "'; pass one of sign, explain, presign, verify");
        }
        Arguments parsed = new Arguments(args[0], false);
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            // only where an option is expected: "--param help" signs a parameter named help
            if (isHelp(option)) {
                return new Arguments(null, true);
            }
            String value;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            if (SINGLE.contains(option)) {
                if (value == null) {
                    throw new UsageException(option + " needs a value");
                }
                if (parsed.single.put(option, value) != null) {
                    throw new UsageException(option + " is given twice; pass it once");
                }
            } else if (REPEATABLE.contains(option)) {
                if (value == null) {
                    throw new UsageException(option + " needs a value");
                }
                List<String> values = parsed.repeated.get(option);
                if (values == null) {
                    values = new ArrayList<String>();
                    parsed.repeated.put(option, values);
                }
                values.add(value);
            } else {
                throw new UsageException("unknown option '" + option + "'; run with --help for the list");
            }
        }
        return parsed;
    }

    private static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h") || argument.equals("help");
    }

    String get(String option) {
        return single.get(option);
    }

    String required(String option, String example) throws UsageException {
        String value = single.get(option);
        if (value == null) {
            throw new UsageException(command + " needs " + option + ", e.g. " + option + " " + example);
        }
        return value;
    }

    boolean has(String option) {
        return single.containsKey(option);
    }

    List<String> all(String option) {
        List<String> values = repeated.get(option);
        return values == null ? new ArrayList<String>() : values;
    }

    long seconds(String option, long defaultValue) throws UsageException {
        String value = single.get(option);
        if (value == null) {
            return defaultValue;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " '" + value + "' is not a whole number of seconds >= 0");
        }
    }
}

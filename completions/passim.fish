function __passim_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __passim_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __passim_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __passim_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __passim_parse_tokens -S
    set -l unparsed_tokens (__passim_tokens -pc)
    switch $unparsed_tokens[1]
    case 'passim'
        __passim_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'index'
            __passim_parse_subcommand 1 'index=' 'q/quiet' 'v/verbose' 'no-wait' 'gazetteer=+' 'follow' 'shards=' 'commit-mb=' 'version' 'h/help'
        case 'search'
            __passim_parse_subcommand -r 1 'index=+' 'timeout=' 'allow-partial' 'B=' 'A=' 'C=' 'i/ignore-case' 'n/line-number' 'articles' 'csv' 'tsv' 'whole-index' 'l/limit=' 'offset=' 'per-article=' 'count' 'files' '0/null' 'json' 'vimgrep' 'no-pager' 'explain' 'facets' 'since=' 'until=' 'sort=' 'dated' 'undated' 'feedback' 'no-feedback' 'color=' 'version' 'h/help'
        case 'watch'
            __passim_parse_subcommand 1 'index=' 'delay=' 'q/quiet' 'follow' 'version' 'h/help'
        case 'entities'
            __passim_parse_subcommand 0 'index=+' 'timeout=' 'allow-partial' 'kind=' 'with=' 'l/limit=' 'pairs' 'min-passages=' 'format=' 'json' 'csv' 'tsv' 'color=' 'version' 'h/help'
        case 'tag'
            __passim_parse_subcommand 1 'gazetteer=+' 'timing' 'version' 'h/help'
        case 'timeline'
            __passim_parse_subcommand -r 1 'index=+' 'timeout=' 'allow-partial' 'by=' 'since=' 'until=' 'dated' 'undated' 'json' 'csv' 'version' 'h/help'
        case 'stats'
            __passim_parse_subcommand 0 'index=+' 'version' 'h/help'
        case 'check'
            __passim_parse_subcommand 0 'index=+' 'v/verbose' 'follow' 'version' 'h/help'
        case 'retag'
            __passim_parse_subcommand 0 'index=+' 'gazetteer=+' 'no-wait' 'q/quiet' 'version' 'h/help'
        case 'serve'
            __passim_parse_subcommand 0 'index=' 'listen=' 'timeout=' 'version' 'h/help'
        case 'show'
            __passim_parse_subcommand 1 'q/query=' 'json' 'color=' 'no-pager' 'index=+' 'version' 'h/help'
        case 'help'
            __passim_parse_subcommand -r 1 'version'
        end
    end
end

function __passim_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __passim_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __passim_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __passim_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__passim_tokens -p)
    if test -z "$(__passim_tokens -t)"
        set -l index (count (__passim_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'passim' -f
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'index' -d 'Index a folder of articles (text, Markdown, HTML, reStructuredText, Org, PDF, EPUB), or bring its index up to date.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'search' -d 'Find the passages that best match a query.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'watch' -d 'Keep a folder\'s index current while articles are added, changed or removed.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'entities' -d 'List the actors, weapons and places the index names most, or those named with another.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'tag' -d 'Print the actors, weapons and places a text mentions, as NDJSON.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'timeline' -d 'Count the matching articles and passages per day, week, month or year.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'stats' -d 'Show what an index holds: articles, passages, words, size, last update.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'check' -d 'Check an index for damage and compare it with its folder.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'retag' -d 'Tag the actors, weapons and places of an index again, after the gazetteer changed.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'serve' -d 'Serve an index, or one shard of it, to searches on other machines (Xapian\'s remote backend).'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'show' -d 'Show a whole article as indexed, the passage of a hit marked.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim index" -eq 1' -fa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" index' -l 'index' -d 'Where the index is kept (default: FOLDER/.passim).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" q quiet' -s 'q' -l 'quiet' -d 'Print only warnings and errors.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" v verbose' -s 'v' -l 'verbose' -d 'List every skipped file with its reason.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" no-wait' -l 'no-wait' -d 'If another passim is updating the index, fail at once (exit 2) instead of waiting.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index"' -l 'gazetteer' -d 'A gazetteer file of your own, used from now on (repeatable; see docs/gazetteer.md).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tsv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" follow' -l 'follow' -d 'Follow symbolic links that lead out of the folder (links inside it are always followed).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" shards' -l 'shards' -d 'Shards of a new index, written in parallel (default: one per core, up to 4). An existing index keeps its own.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" commit-mb' -l 'commit-mb' -d 'Each shard commits after this many MB of files (default: 8); a crash loses at most that much work.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim index" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" timeout' -l 'timeout' -d 'Seconds to wait for a remote index (tcp://…) to connect and answer (at most a day).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" allow-partial' -l 'allow-partial' -d 'When an index cannot be reached, search the others and say which was left out (instead of failing).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" B' -s 'B' -d 'Show N passages of the article before each hit.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" A' -s 'A' -d 'Show N passages of the article after each hit.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" C' -s 'C' -d 'Show N passages before and after each hit.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" i ignore-case' -s 'i' -l 'ignore-case' -d 'Ignore case (always on: words match in any case).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" line-number n' -s 'n' -l 'line-number' -d 'Show line numbers (always on: every hit gives its line).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" articles' -l 'articles' -d 'One entry per article: path, date, matching passages, title, and its best passage\'s snippet. With --count, count articles.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" csv' -l 'csv' -d 'A CSV table, one row per passage: path, line, date, date_source, title, score, text, actors, weapons, places.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" tsv' -l 'tsv' -d 'The same table as TSV.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" whole-index' -l 'whole-index' -d 'From inside a sub-folder of the corpus, search the whole index (by default only below the current folder, as git grep does).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" l limit' -s 'l' -l 'limit' -d 'Show at most this many passages (default: 10; with --files, all).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" offset' -l 'offset' -d 'Skip this many passages first (for paging).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" per-article' -l 'per-article' -d 'Show at most this many passages per article; 0 shows all.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" count' -l 'count' -d 'Print only the number of matching passages.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" files' -l 'files' -d 'Print only the paths of matching articles, best first.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" 0 null' -s '0' -l 'null' -d 'With --files, end each path with a NUL byte instead of a newline.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" json' -l 'json' -d 'Print one JSON object per passage (NDJSON).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" vimgrep' -l 'vimgrep' -d 'Print one line per passage, path:line:column:snippet, at its first match (for editors).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" no-pager' -l 'no-pager' -d 'Never send long output on a terminal through $PAGER (default: less -FRX).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" explain' -l 'explain' -d 'Show what each passage\'s score is made of: the query\'s words, title words, feedback.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" facets' -l 'facets' -d 'Also count the actors, weapons and places named in all matching passages.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" since' -l 'since' -d 'Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD, or back from today: 30d, 6w, 3m, 1y).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" until' -l 'until' -d 'Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; the whole month or year).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" sort' -l 'sort' -d 'Order of the passages: relevance (best first), date (newest first) or oldest (oldest first); by date, best first within a day and articles dated by file time last.' -rfka 'relevance date oldest'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" dated' -l 'dated' -d 'Only articles that state their date (leave out those dated by their file\'s time).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" undated' -l 'undated' -d 'Only articles that state no date (dated by their file\'s time).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" feedback' -l 'feedback' -d 'Widen the query with the terms that characterise its first hits (default: only for queries of 6 words or more).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" no-feedback' -l 'no-feedback' -d 'Widen the query with the terms that characterise its first hits (default: only for queries of 6 words or more).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" color' -l 'color' -d 'When to colour the output: auto, always or never.' -rfka 'auto always never'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim watch" -eq 1' -fa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" index' -l 'index' -d 'Where the index is kept (default: FOLDER/.passim).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" delay' -l 'delay' -d 'Seconds the folder must be quiet before a pass.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" q quiet' -s 'q' -l 'quiet' -d 'Print only warnings and errors.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" follow' -l 'follow' -d 'Follow symbolic links that lead out of the folder (links inside it are always followed).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" timeout' -l 'timeout' -d 'Seconds to wait for a remote index (tcp://…) to connect and answer (at most a day).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" allow-partial' -l 'allow-partial' -d 'When an index cannot be reached, search the others and say which was left out (instead of failing).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" kind' -l 'kind' -d 'Only these kinds: actor, weapon or place, or several joined by commas.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" with' -l 'with' -d 'Only passages matching this query (a filter such as actor:kim-jong-un, words, or both).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" l limit' -s 'l' -l 'limit' -d 'Show at most this many entities or pairs (default: 20; all in tables and graphs).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" pairs' -l 'pairs' -d 'Pairs of entities named in the same passages, with how many passages and articles name both.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" min-passages' -l 'min-passages' -d 'With --pairs: only pairs named together in at least this many passages.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" format' -l 'format' -d 'Output: text, json, csv, tsv, or with --pairs also graphml or gexf.' -rfka 'text json csv tsv graphml gexf'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" json' -l 'json' -d 'Print one JSON object per entity (NDJSON); the same as --format json.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" csv' -l 'csv' -d 'A CSV table (entity, id, kind, passages, articles); the same as --format csv.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" tsv' -l 'tsv' -d 'A TSV table; the same as --format tsv.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" color' -l 'color' -d 'When to colour the output: auto, always or never.' -rfka 'auto always never'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim entities" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim tag" -eq 1' -F
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim tag"' -l 'gazetteer' -d 'A gazetteer file (docs/gazetteer.md) loaded after the default data; repeatable.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tsv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim tag" timing' -l 'timing' -d 'Report on stderr how fast the text was tagged (CPU time, without reading and printing).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim tag" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim tag" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" timeout' -l 'timeout' -d 'Seconds to wait for a remote index (tcp://…) to connect and answer (at most a day).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" allow-partial' -l 'allow-partial' -d 'When an index cannot be reached, search the others and say which was left out (instead of failing).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" by' -l 'by' -d 'The period: day, week (ISO), month or year (default: the finest that fits).' -rfka 'day week month year'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" since' -l 'since' -d 'Only articles dated on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD, or 30d, 6w, 3m, 1y).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" until' -l 'until' -d 'Only articles dated on or before DATE.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" dated' -l 'dated' -d 'Only articles that state their date (leave out those dated by their file\'s time).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" undated' -l 'undated' -d 'Only articles that state no date (dated by their file\'s time).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" json' -l 'json' -d 'Print one JSON object per period (NDJSON): period, articles, passages, and the query when several.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" csv' -l 'csv' -d 'Print CSV: period,articles,passages (query first when several).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim timeline" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim stats"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim stats" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim stats" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim check"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim check" v verbose' -s 'v' -l 'verbose' -d 'List every file concerned, not just the first few.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim check" follow' -l 'follow' -d 'Follow symbolic links that lead out of the folder, as `passim index --follow` does.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim check" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag"' -l 'gazetteer' -d 'A gazetteer file of your own to use from now on (repeatable).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tsv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag" no-wait' -l 'no-wait' -d 'If another passim is updating the index, fail at once (exit 2) instead of waiting.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag" q quiet' -s 'q' -l 'quiet' -d 'Print only warnings and errors.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim retag" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim serve" index' -l 'index' -d 'The index (a folder, one shard, or a Xapian stub file) to serve.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim serve" listen' -l 'listen' -d 'Address and port to listen on.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim serve" timeout' -l 'timeout' -d 'Seconds before an idle or stuck connection is dropped (at most a day).' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim serve" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_positional "passim show" -eq 1' -F
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" q query' -s 'q' -l 'query' -d 'Highlight the words of this query.' -rfka ''
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" json' -l 'json' -d 'Write the article as one JSON object (see the README\'s JSON schema).'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" color' -l 'color' -d 'Colour: auto, always or never.' -rfka 'auto always never'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" no-pager' -l 'no-pager' -d 'Never page the output.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show"' -l 'index' -d 'The index to use: a folder, a shard, a Xapian stub file, or tcp://HOST:PORT for `passim serve` (default: $PASSIM_INDEX, else .passim in this folder or a parent, else in the one sub-folder that has one).' -rfa '(__passim_complete_directories)'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" version' -l 'version' -d 'Show the version.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'passim' -n '__passim_should_offer_completions_for_flags_or_options "passim help" version' -l 'version' -d 'Show the version.'

# Sourced by round.sh and probe.sh after they set their defaults: `--some-name VALUE`
# sets the script's variable some_name, `--no-some-name` sets it to 0; an option whose
# variable the script did not set is refused.
parse_options() {  # parse_options SCRIPT_NAME "$@"
    local script=$1 option name
    shift
    while [[ $# -gt 0 ]]; do
        option=$1
        name=${option#--}
        name=${name//-/_}
        if [[ $option == --no-* ]] && declare -p "${name#no_}" &>/dev/null; then
            printf -v "${name#no_}" '%s' 0
            shift
        elif [[ $option == --* ]] && declare -p "$name" &>/dev/null && [[ $# -ge 2 ]]; then
            printf -v "$name" '%s' "$2"
            shift 2
        else
            echo "$script: unknown option $option, or it lacks its value (see the comment at the top)" >&2
            exit 2
        fi
    done
}

# shellcheck shell=bash
# What the benchmark scripts share (sourced after scripts/lib.sh).

# Scale parameters: users orgs repos_per_org members_per_org prs_per_repo
scale_params() {
	case "$1" in
	S1) echo "100 5 10 20 10" ;;
	S2) echo "500 10 50 50 20" ;;
	S3) echo "2000 20 100 100 50" ;;
	S4) echo "10000 50 200 200 100" ;;
	*) die "unknown scale $1 (S1..S4)" ;;
	esac
}

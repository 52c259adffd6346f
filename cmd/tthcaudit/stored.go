package main

import (
	"github.com/spf13/cobra"

	"github.com/tthcaudit/tthcaudit/internal/cli"
)

func init() { register(newHistoryCmd, newDiffCmd, newTicketsCmd) }

func newHistoryCmd(e *cli.Env) *cobra.Command {
	var a cli.StoreArgs
	var portal string
	cmd := storeCmd(&cobra.Command{
		Use:   "history --config FILE [--portal ID] [--json]",
		Short: "Độ phủ của từng cổng qua các lần kiểm tra (coverage of each portal over the stored audits)",
		Long:  help("history"),
	}, &a, func(cmd *cobra.Command) error { return cli.History(cmd.Context(), e, a, portal) })
	cmd.Flags().StringVar(&portal, "portal", "", "chỉ cổng có mã ID (only this portal)")
	return cmd
}

func newDiffCmd(e *cli.Env) *cobra.Command {
	var a cli.StoreArgs
	return storeCmd(&cobra.Command{
		Use:   "diff --config FILE [--json]",
		Short: "So sánh lần kiểm tra gần nhất với lần trước (the last audit against the one before)",
		Long:  help("diff"),
	}, &a, func(cmd *cobra.Command) error { return cli.LastDiff(cmd.Context(), e, a) })
}

func newTicketsCmd(e *cli.Env) *cobra.Command {
	var a cli.StoreArgs
	var openOnly, csvOut bool
	cmd := storeCmd(&cobra.Command{
		Use:   "tickets --config FILE [--open] [--json | --csv]",
		Short: "Phiếu thủ tục còn thiếu và trạng thái (missing-procedure tickets and their state)",
		Long:  help("tickets"),
	}, &a, func(cmd *cobra.Command) error { return cli.Tickets(cmd.Context(), e, a, openOnly, csvOut) })
	cmd.Flags().BoolVar(&openOnly, "open", false, "chỉ phiếu đang mở (only open tickets)")
	cmd.Flags().BoolVar(&csvOut, "csv", false, "in CSV ra stdout (print CSV, UTF-8 with BOM)")
	return cmd
}

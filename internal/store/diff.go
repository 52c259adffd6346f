package store

import (
	"context"

	"github.com/tthcaudit/tthcaudit/internal/verdict"

	"github.com/tthcaudit/tthcaudit/internal/changes"
)

// LastDiff compares the last stored audit with the one before it. It
// returns nil, nil when fewer than two audits are stored.
func (s *Store) LastDiff(ctx context.Context) (*verdict.Diff, error) {
	as, err := s.LastAudits(ctx, 2)
	if err != nil || len(as) < 2 {
		return nil, err
	}
	return s.DiffAudits(ctx, as[1].ID, as[0].ID)
}

// DiffAudits compares stored audit to with stored audit from.
func (s *Store) DiffAudits(ctx context.Context, from, to int64) (*verdict.Diff, error) {
	prev, err := s.Report(ctx, from)
	if err != nil {
		return nil, err
	}
	cur, err := s.Report(ctx, to)
	if err != nil {
		return nil, err
	}
	d := changes.Compare(prev, from, cur, to)
	return &d, nil
}

// CompareWithLatest compares rep, an audit not yet saved, with the last
// stored audit: the audit's own "so với lần trước" section. It returns nil,
// nil when no audit is stored yet.
func (s *Store) CompareWithLatest(ctx context.Context, rep *verdict.Report) (*verdict.Diff, error) {
	as, err := s.LastAudits(ctx, 1)
	if err != nil || len(as) == 0 {
		return nil, err
	}
	prev, err := s.Report(ctx, as[0].ID)
	if err != nil {
		return nil, err
	}
	d := changes.Compare(prev, as[0].ID, rep, 0)
	return &d, nil
}

-- Schema version 2: a session may judge each channel against its own target (palpa --target
-- thumb=30N,index=15N). target_plan holds the plan as canonical text (org.palpa.core.hold.TargetPlanText);
-- NULL means every channel was judged against target_min..target_max, as in version 1. The target_*
-- columns keep the plan's primary target, so readers that know only version 1 still read a session.
ALTER TABLE sessions ADD COLUMN target_plan TEXT;

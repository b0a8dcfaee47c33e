// A map where each lint rule fires exactly once (test/language/lint-rules.test.ts checks that).
export const EVERY_RULE = `persona P "Paula"
persona Q "Quinn"
team T "Team"
channel C "Web"
channel Unused "Never used"
journey NoPersona "Nobody's journey" {
  phase Only "Only" {
    moment 0
    touchpoint Quiet "Quiet" {
      channel C
      owner T
      emotion 4
      kpi "Untargeted" { current 1 }
    }
  }
}
journey J "Journey" {
  persona P
  phase A "Phase A" {
    moment 3
    touchpoint NoOwner "No owner" {
      channel C
      emotion 4
      gap "Unowned gap" { current "1" target "2" }
    }
    touchpoint Hurts "Hurts" {
      channel C
      owner T
      emotion 2
      persona Ghost
    }
    touchpoint NoFeeling "No feeling" {
      channel C
      owner T
      gap "Half gap" { current "9" }
      opportunity "Someday" { owner T }
      moment-of-truth
    }
  }
  phase B "Phase B" {
    moment 1
    touchpoint Wild "Wild" {
      owner T
      emotion 9
      gap "Fix" { current "a" target "b" }
      kpi "K" { current 1 target 2 }
    }
    touchpoint Hurts2 "Dup" {
      channel C
      owner T
      emotion 3
    }
  }
  phase Empty "Nothing here" {
    moment 4
  }
}
journey J2 "Second" {
  persona P, P
  phase X "X" {
    moment 0
    touchpoint Twin "Twin" {
      channel C
      owner T
      emotion 4
      emotion Q 4
    }
    touchpoint Twin "Twin again" {
      channel C
      owner T
      emotion 4
    }
  }
}
journey Loop "Loop" {
  improves Loop
  persona P
}
journey J3 "Future of J" {
  improves J
  persona P
  phase A "Phase A" {
    moment 0
    touchpoint Hurts "Still hurts" {
      channel C
      owner T
      emotion 2
      opportunity "Later" { horizon long }
    }
  }
}
`;

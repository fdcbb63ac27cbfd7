import { describe, expect, it } from 'vitest';
import { createQuizStore, scoreOf, type QuizResult } from './quizStore';

const right: QuizResult = {
  slot: 0,
  srcOffset: 0,
  grade: { grantRight: true, offsetRight: true, correct: true },
};
const wrong: QuizResult = {
  slot: 1,
  srcOffset: 0,
  grade: { grantRight: false, offsetRight: true, correct: false },
};

describe('quiz store', () => {
  it('scores right answers out of answered ones; skips do not count', () => {
    const quiz = createQuizStore();
    quiz.getState().setEnabled(true);
    quiz.getState().sync('k', '0a8704a51');
    quiz.getState().record(10, wrong);
    quiz.getState().record(11, right);
    quiz.getState().skip(12);
    expect(scoreOf(quiz.getState().results)).toEqual({ right: 1, answered: 2 });
    expect(quiz.getState().skipped).toEqual([12]);
  });

  it('resets with a note saying why when the question set changes', () => {
    const quiz = createQuizStore();
    quiz.getState().setEnabled(true);
    quiz.getState().sync('a', '0a8704a51');
    expect(quiz.getState().note).toBeNull();
    quiz.getState().record(10, right);
    quiz.getState().sync('a', '0a8704a51'); // same set (e.g. a tour note edit): keep the score
    expect(scoreOf(quiz.getState().results).answered).toBe(1);
    quiz.getState().sync('b', 'd62f69185');
    expect(quiz.getState().results).toEqual({});
    expect(quiz.getState().note).toEqual({
      key: 'quiz.reset.focus',
      params: { focus: 'd62f69185' },
    });
    quiz.getState().record(10, right);
    quiz.getState().sync('c', 'd62f69185');
    expect(quiz.getState().note).toEqual({ key: 'quiz.reset.scenario' });
  });

  it('starts fresh each time quiz mode is turned on', () => {
    const quiz = createQuizStore();
    quiz.getState().setEnabled(true);
    quiz.getState().sync('a', '0a8704a51');
    quiz.getState().record(10, right);
    quiz.getState().setEnabled(false);
    quiz.getState().setEnabled(true);
    expect(quiz.getState().results).toEqual({});
  });
});

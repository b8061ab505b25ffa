package vn.congkhai.answer;

import vn.congkhai.model.DisclosureData;

import java.util.List;

/** Answers to citizens ({@code tra-loi}): giải trình, answers to voters' petitions, results of a dialogue. */
public record AnswerList(List<Answer> answers) implements DisclosureData {
}
